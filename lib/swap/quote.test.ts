import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { bonusDaysLeft, minimumSwapAmount, pluralDays, quoteSwap, type SwapTerms } from "./quote";

const BIVE = 10n ** 18n;
const DTA = 10n ** 4n;
const terms = (overrides: Partial<SwapTerms> = {}): SwapTerms => ({
  biveUnitsPerDtaUnit: 10n ** 14n,
  dtaUnitsPerBiveUnit: 1n,
  bonusBps: 1_000n,
  bonusActive: true,
  bonusPoolRemaining: 20_000_000n * DTA,
  swapPoolRemaining: 110_000_000n * DTA,
  ...overrides,
});

describe("quoteSwap mirrors BiveSwap.quote", () => {
  it("pays 1:1 plus 10% while the bonus window is open", () => {
    const q = quoteSwap(1_000n * BIVE, terms());
    assert.equal(q.dtaAmount, 1_000n * DTA);
    assert.equal(q.bonus, 100n * DTA);
    assert.equal(q.biveUsed, 1_000n * BIVE);
    assert.equal(q.bonusCapped, false);
    assert.equal(q.exceedsSwapPool, false);
  });
  it("pays no bonus once the window has closed", () => {
    const q = quoteSwap(1_000n * BIVE, terms({ bonusActive: false }));
    assert.equal(q.bonus, 0n);
    assert.equal(q.fullBonus, 0n);
    assert.equal(q.bonusCapped, false);
  });
  it("caps the bonus at what the bonus pool has left, and says so", () => {
    const q = quoteSwap(1_000n * BIVE, terms({ bonusPoolRemaining: 30n * DTA }));
    assert.equal(q.bonus, 30n * DTA);
    assert.equal(q.fullBonus, 100n * DTA);
    assert.equal(q.bonusCapped, true);
  });
  it("leaves BIVE below one DTA base unit in the wallet", () => {
    const q = quoteSwap(BIVE + 12_345n, terms());
    assert.equal(q.dtaAmount, DTA);
    assert.equal(q.biveUsed, BIVE);
  });
  it("rounds the bonus down", () => {
    const q = quoteSwap(9n * 10n ** 14n, terms()); // 0.0009 BIVE → 9 base units, 10% = 0.9 → 0
    assert.equal(q.dtaAmount, 9n);
    assert.equal(q.bonus, 0n);
  });
  it("quotes dust as zero DTA", () => assert.equal(quoteSwap(10n ** 14n - 1n, terms()).dtaAmount, 0n));
  it("flags a swap larger than the swap pool", () => {
    assert.equal(quoteSwap(11n * BIVE, terms({ swapPoolRemaining: 10n * DTA })).exceedsSwapPool, true);
  });
  it("scales up when DTA has more decimals than BIVE", () => {
    const q = quoteSwap(5n, terms({ biveUnitsPerDtaUnit: 1n, dtaUnitsPerBiveUnit: 100n }));
    assert.equal(q.dtaAmount, 500n);
    assert.equal(q.biveUsed, 5n);
  });
  it("knows the smallest swappable amount", () => assert.equal(minimumSwapAmount(terms()), 10n ** 14n));
});

describe("bonusDaysLeft", () => {
  const genesis = 1_000_000n;
  const window = 90n * 86_400n;
  it("is 90 at genesis", () => assert.equal(bonusDaysLeft(genesis, window, genesis), 90n));
  it("rounds up a part day", () =>
    assert.equal(bonusDaysLeft(genesis, window, genesis + window - 3_600n), 1n));
  it("is 0 once the window has closed", () => {
    assert.equal(bonusDaysLeft(genesis, window, genesis + window), 0n);
    assert.equal(bonusDaysLeft(genesis, window, genesis + window * 2n), 0n);
  });
  it("says day or days", () => {
    assert.equal(pluralDays(1n), "1 day");
    assert.equal(pluralDays(89n), "89 days");
  });
});
