import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { totalsByCustodian } from "../tokenomics/allocation";
import { DEFLATIONARY_ALLOCATION, TREASURY_BUCKETS, bucketHoldings, deflationaryLeft } from "./treasury";

const DTA = 10_000n;

describe("timelock buckets", () => {
  it("sum to what the timelock received at genesis (treasury, community DAO, burn & reserve, loyalty)", () => {
    const sum = TREASURY_BUCKETS.reduce((s, b) => s + b.genesis, 0n);
    assert.equal(sum, totalsByCustodian().get("timelock"));
    assert.equal(DEFLATIONARY_ALLOCATION, 82_000_000n * DTA);
  });

  it("hold genesis less what proposals spent and burned from each", () => {
    const holdings = bucketHoldings([
      { bucket: "communityDao", spent: 5n * DTA, burned: 0n },
      { bucket: "burnReserve", spent: 0n, burned: 7n * DTA },
      { bucket: "communityDao", spent: 1n * DTA, burned: 0n },
    ]);
    const dao = holdings.find((h) => h.id === "communityDao")!;
    assert.equal(dao.spent, 6n * DTA);
    assert.equal(dao.held, 100_000_000n * DTA - 6n * DTA);
    const burn = holdings.find((h) => h.id === "burnReserve")!;
    assert.equal(burn.held, 137_000_000n * DTA - 7n * DTA);
    assert.equal(deflationaryLeft(7n * DTA), 82_000_000n * DTA - 7n * DTA);
    assert.equal(deflationaryLeft(DEFLATIONARY_ALLOCATION + 1n), 0n);
  });
});
