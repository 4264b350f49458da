import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  DTA_DECIMALS,
  GENESIS_ALLOCATION,
  GENESIS_SUPPLY,
  allSubAllocations,
  bucketTotal,
  totalsByCustodian,
} from "./allocation";

describe("genesis allocation table", () => {
  it("mints 1,000,000,000 DTA at 4 decimals", () => {
    assert.equal(DTA_DECIMALS, 4);
    assert.equal(GENESIS_SUPPLY, 1_000_000_000n * 10_000n);
  });

  it("has 7 buckets and 21 sub-allocations", () => {
    assert.equal(GENESIS_ALLOCATION.length, 7);
    assert.equal(allSubAllocations().length, 21);
  });

  it("each bucket's sub-allocations sum to its basis-point share of the supply", () => {
    for (const bucket of GENESIS_ALLOCATION) {
      assert.equal(
        bucketTotal(bucket),
        (GENESIS_SUPPLY * BigInt(bucket.basisPoints)) / 10_000n,
        `${bucket.label}`,
      );
    }
  });

  it("basis points add up to 100%", () => {
    assert.equal(
      GENESIS_ALLOCATION.reduce((sum, b) => sum + b.basisPoints, 0),
      10_000,
    );
  });

  it("sub-allocations sum to exactly the genesis supply", () => {
    assert.equal(
      allSubAllocations().reduce((sum, s) => sum + s.amount, 0n),
      GENESIS_SUPPLY,
    );
    let byCustodian = 0n;
    for (const amount of totalsByCustodian().values()) byCustodian += amount;
    assert.equal(byCustodian, GENESIS_SUPPLY);
  });

  it("ids are unique and every amount is positive", () => {
    const ids = allSubAllocations().map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(GENESIS_ALLOCATION.map((b) => b.id)).size, 7);
    for (const s of allSubAllocations()) assert.ok(s.amount > 0n, s.id);
  });

  it("only the team & advisors bucket vests, over 24 months", () => {
    for (const b of GENESIS_ALLOCATION) assert.equal(b.vestingMonths, b.id === "team" ? 24 : 0, b.id);
  });
});
