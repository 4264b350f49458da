import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { TRACKED_POOLS, poolGenesisAmount } from "./pools";

const M = 1_000_000n * 10_000n;

describe("tracked pools", () => {
  it("each pool starts with its genesis sub-allocation", () => {
    assert.deepEqual(
      TRACKED_POOLS.map((p) => poolGenesisAmount(p)),
      [120n * M, 80n * M, 60n * M, 40n * M, 110n * M, 20n * M],
    );
  });

  it("ids and test ids are unique", () => {
    assert.equal(new Set(TRACKED_POOLS.map((p) => p.id)).size, TRACKED_POOLS.length);
    const testIds = TRACKED_POOLS.flatMap((p) => (p.testId ? [p.testId] : []));
    assert.equal(new Set(testIds).size, testIds.length);
  });
});
