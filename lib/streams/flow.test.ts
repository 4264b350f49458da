import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  SCALE,
  depletionTimeAt,
  formatCountdown,
  isLowBalance,
  minimumDeposit,
  ratePerSecondFor,
  refundableAt,
  runsDryAt,
  statusAt,
  totalDebtScaled,
  uncoveredDebtAt,
  withdrawableAt,
  type StreamState,
} from "./flow";

const DTA = 10_000n;
const stream = (over: Partial<StreamState> = {}): StreamState => ({
  snapshotTime: 1_000n,
  paused: false,
  stopped: false,
  ratePerSecond: DTA * SCALE, // 1 DTA per second
  balance: 100n * DTA,
  snapshotDebtScaled: 0n,
  ...over,
});

describe("ratePerSecondFor: typed rates to the 18-decimal per-second rate", () => {
  it("converts 3,600 DTA per hour to exactly 1 DTA per second", () => {
    assert.deepEqual(ratePerSecondFor(3_600n * DTA, "hour"), {
      ratePerSecond: 10n ** 18n,
      paysPerPeriod: 3_600n * DTA,
      exact: true,
    });
  });
  it("converts 1 DTA per day with bigint, rounding down, and says what it really pays", () => {
    const r = ratePerSecondFor(DTA, "day");
    assert.equal(r.ratePerSecond, 10n ** 18n / 86_400n); // 11_574_074_074_074
    assert.equal(r.ratePerSecond, 11_574_074_074_074n);
    assert.equal(r.exact, false);
    assert.equal(r.paysPerPeriod, DTA - 1n); // one base unit short over a day: never more than typed
  });
  it("a month is 30 days", () => {
    assert.equal(ratePerSecondFor(2_592_000n * DTA, "month").ratePerSecond, 10n ** 18n);
  });
  it("one base unit per month is a rate far below one base unit per second", () => {
    const r = ratePerSecondFor(1n, "month");
    assert.equal(r.ratePerSecond, SCALE / 2_592_000n);
    assert.ok(r.ratePerSecond > 0n && r.ratePerSecond < SCALE);
  });
});

describe("accrual mirrors StreamLedger", () => {
  it("accrues elapsed × rate from the snapshot, in base units rounded down", () => {
    const s = stream();
    assert.equal(withdrawableAt(s, 1_000n), 0n);
    assert.equal(withdrawableAt(s, 1_007n), 7n * DTA);
    assert.equal(refundableAt(s, 1_007n), 93n * DTA);
  });
  it("never shows more than the balance: accrued = min(deposit, elapsed × rate), the rest is debt", () => {
    const s = stream();
    assert.equal(withdrawableAt(s, 1_100n), 100n * DTA);
    assert.equal(withdrawableAt(s, 1_150n), 100n * DTA);
    assert.equal(uncoveredDebtAt(s, 1_150n), 50n * DTA);
    assert.equal(refundableAt(s, 1_150n), 0n);
  });
  it("a tiny rate rounds to zero per second but accrues over time", () => {
    const s = stream({ ratePerSecond: SCALE / 3n }); // a third of a base unit per second
    assert.equal(withdrawableAt(s, 1_001n), 0n);
    assert.equal(withdrawableAt(s, 1_002n), 0n);
    assert.equal(withdrawableAt(s, 1_003n), 0n); // 3 × ⌊1e14/3⌋ < 1e14: rounding favours the stream
    assert.equal(withdrawableAt(s, 1_004n), 1n);
    assert.equal(withdrawableAt(s, 1_300n), 99n);
  });
  it("nothing flows while paused or stopped; the snapshot debt stays", () => {
    const debt = 5n * DTA * SCALE;
    assert.equal(totalDebtScaled(stream({ paused: true, snapshotDebtScaled: debt }), 9_999n), debt);
    assert.equal(withdrawableAt(stream({ stopped: true, snapshotDebtScaled: debt }), 9_999n), 5n * DTA);
  });
  it("adds flow to the snapshot debt after a resume", () => {
    const s = stream({ snapshotTime: 2_000n, snapshotDebtScaled: 5n * DTA * SCALE });
    assert.equal(withdrawableAt(s, 2_010n), 15n * DTA);
  });
});

describe("depletion, status and warnings", () => {
  it("runs dry at the first second the whole balance is owed (seconds rounded up)", () => {
    assert.equal(depletionTimeAt(stream(), 1_000n), 1_100n);
    assert.equal(runsDryAt(0n, 3n * SCALE, 10n), 4n); // 10 units at 3 per second: 4 s
    assert.equal(depletionTimeAt(stream(), 1_100n), 0n);
    assert.equal(depletionTimeAt(stream({ paused: true }), 1_000n), null);
    assert.equal(depletionTimeAt(stream({ stopped: true }), 1_000n), 0n);
  });
  it("status: streaming, depleted, paused, stopped", () => {
    assert.equal(statusAt(stream(), 1_099n), "streaming");
    assert.equal(statusAt(stream(), 1_100n), "depleted");
    assert.equal(statusAt(stream({ paused: true }), 5_000n), "paused");
    assert.equal(statusAt(stream({ stopped: true, paused: true }), 5_000n), "stopped");
  });
  it("warns within a day of running dry, not before and not once dry", () => {
    const s = stream({ balance: 100_000n * DTA }); // runs dry at 1_000 + 100_000
    assert.equal(isLowBalance(s, 1_000n), false);
    assert.equal(isLowBalance(s, 101_000n - 86_400n + 1n), true);
    assert.equal(isLowBalance(s, 101_000n), false);
    assert.equal(isLowBalance(stream({ paused: true }), 1_099n), false);
  });
  it("the minimum deposit is one second of flow rounded up", () => {
    assert.equal(minimumDeposit(SCALE), 1n);
    assert.equal(minimumDeposit(SCALE + 1n), 2n);
    assert.equal(minimumDeposit(1n), 1n);
  });
  it("formats countdowns", () => {
    assert.equal(formatCountdown(0n), "0s");
    assert.equal(formatCountdown(-5n), "0s");
    assert.equal(formatCountdown(45n), "45s");
    assert.equal(formatCountdown(3_725n), "1h 02m 05s");
    assert.equal(formatCountdown(2n * 86_400n + 3_600n * 3n + 4n * 60n + 5n), "2d 03h 04m 05s");
  });
});
