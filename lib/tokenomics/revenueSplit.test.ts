import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { REVENUE_SPLIT, formatBps, splitRevenue } from "./revenueSplit";

const SOURCE = readFileSync(
  new URL("../../contracts/revenue/RevenueDistributor.sol", import.meta.url),
  "utf8",
);

/** `uint256 public constant STAKING_BPS = 4_000;` → 4000. */
function contractConstant(name: string): number {
  const match = new RegExp(`constant\\s+${name}\\s*=\\s*([\\d_]+)`).exec(SOURCE);
  assert.ok(match, `${name} not found in RevenueDistributor.sol`);
  return Number(match[1]!.replace(/_/g, ""));
}

describe("revenue split", () => {
  it("matches the RevenueDistributor constants", () => {
    for (const share of REVENUE_SPLIT) assert.equal(share.basisPoints, contractConstant(share.constant));
  });

  it("is 40 / 30 / 20 / 10 and adds up to 100%", () => {
    assert.deepEqual(
      REVENUE_SPLIT.map((s) => formatBps(s.basisPoints)),
      ["40%", "30%", "20%", "10%"],
    );
    assert.equal(
      REVENUE_SPLIT.reduce((sum, s) => sum + s.basisPoints, 0),
      10_000,
    );
  });

  it("splits like the contract: floors, with the burn taking the remainder", () => {
    assert.deepEqual(splitRevenue(1_000_000n), {
      staking: 400_000n,
      development: 300_000n,
      ecosystem: 200_000n,
      burn: 100_000n,
    });
    const odd = splitRevenue(7n);
    assert.deepEqual(odd, { staking: 2n, development: 2n, ecosystem: 1n, burn: 2n });
    assert.equal(odd.staking + odd.development + odd.ecosystem + odd.burn, 7n);
  });

  it("formats fractional basis points exactly", () => {
    assert.equal(formatBps(1250), "12.5%");
    assert.equal(formatBps(5), "0.05%");
  });
});
