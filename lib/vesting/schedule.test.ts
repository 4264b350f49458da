import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  formatBasisPoints,
  formatDate,
  releasableAt,
  totalAllocation,
  vestedAt,
  vestedBasisPoints,
  type VestingSchedule,
} from "./schedule";

const DAY = 86_400n;
const START = 1_767_225_600n; // 1 Jan 2026 00:00 UTC
const CORE_TEAM = 60_000_000n * 10_000n; // 60M DTA in 4-decimal base units
const schedule = (released = 0n, total = CORE_TEAM): VestingSchedule => ({
  start: START,
  duration: 730n * DAY,
  totalAllocation: total,
  released,
});

describe("vestedAt: OpenZeppelin VestingWallet's linear schedule", () => {
  it("vests nothing before the start", () => {
    assert.equal(vestedAt(schedule(), START - 1n), 0n);
    assert.equal(vestedAt(schedule(), 0n), 0n);
  });
  it("vests nothing at the very start", () => assert.equal(vestedAt(schedule(), START), 0n));
  it("vests half at the midpoint", () =>
    assert.equal(vestedAt(schedule(), START + 365n * DAY), CORE_TEAM / 2n));
  it("vests everything at and after the end", () => {
    assert.equal(vestedAt(schedule(), START + 730n * DAY), CORE_TEAM);
    assert.equal(vestedAt(schedule(), START + 9_999n * DAY), CORE_TEAM);
  });
  it("rounds down like Solidity's integer division", () => {
    // 600,000,000,000 × 1 / 63,072,000 = 9512.937… → 9512
    assert.equal(vestedAt(schedule(), START + 1n), 9_512n);
    const odd = schedule(0n, 7n);
    assert.equal(vestedAt(odd, START + 365n * DAY), 3n);
  });
  it("counts the allocation as balance + released", () => {
    assert.equal(totalAllocation(400n, 600n), 1_000n);
  });
});

describe("releasableAt", () => {
  it("is vested minus released", () => {
    const at = START + 73n * DAY; // a tenth of the way
    assert.equal(releasableAt(schedule(1_000n), at), CORE_TEAM / 10n - 1_000n);
  });
  it("is zero right after a release", () => {
    const at = START + 100n * DAY;
    assert.equal(releasableAt(schedule(vestedAt(schedule(), at)), at), 0n);
  });
  it("never goes negative", () => assert.equal(releasableAt(schedule(5n), START), 0n));
});

describe("vestedBasisPoints and formatting", () => {
  it("gives 0, 5,000 and 10,000 at start, middle and end", () => {
    assert.equal(vestedBasisPoints(schedule(), START), 0);
    assert.equal(vestedBasisPoints(schedule(), START + 365n * DAY), 5_000);
    assert.equal(vestedBasisPoints(schedule(), START + 800n * DAY), 10_000);
  });
  it("is 0 for an empty wallet", () => assert.equal(vestedBasisPoints(schedule(0n, 0n), START + DAY), 0));
  it("formats basis points as a percentage with two decimals", () => {
    assert.equal(formatBasisPoints(4_213), "42.13%");
    assert.equal(formatBasisPoints(5), "0.05%");
    assert.equal(formatBasisPoints(10_000), "100.00%");
  });
  it("formats a timestamp as a UTC date", () => assert.equal(formatDate(START), "1 Jan 2026"));
});
