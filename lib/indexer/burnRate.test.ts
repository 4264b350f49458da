import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annualisedBurnRate } from "./burnRate";

const BILLION = 1_000_000_000n * 10_000n;
const day = (d: number, burnedTotal: bigint, burnedThatDay = 0n) => ({
  day: d,
  totalSupply: BILLION - burnedTotal,
  burnedTotal,
  burnedThatDay,
});

describe("annualised burn rate", () => {
  it("is nothing without history", () => {
    assert.equal(annualisedBurnRate([], 100), undefined);
  });

  it("annualises the last 30 days' burns against the supply before them", () => {
    // 0.5% of supply burned in 30 days → 0.5% × 365 / 30 = 6.08% a year: within the 5–10% target.
    const burned = BILLION / 200n;
    const rate = annualisedBurnRate([day(0, 0n), day(80, burned, burned)], 100);
    assert.equal(rate?.windowDays, 30);
    assert.equal(rate?.burnedInWindow, burned);
    assert.equal(rate?.annualBps, 608n);
    assert.equal(rate?.versusTarget, "within");
  });

  it("ignores burns before the window and reads a short history over its own span", () => {
    const early = BILLION / 100n;
    assert.equal(annualisedBurnRate([day(0, 0n), day(10, early, early)], 100)?.annualBps, 0n);
    assert.equal(annualisedBurnRate([day(0, 0n), day(10, early, early)], 100)?.versusTarget, "below");
    // Genesis day 0 with a 1% burn on day 0 itself, read on day 1: 1% in one day → 365% a year.
    const rate = annualisedBurnRate([day(0, early, early)], 1);
    assert.equal(rate?.annualBps, 36_500n);
    assert.equal(rate?.versusTarget, "above");
  });
});
