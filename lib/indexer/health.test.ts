import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LIVE_LAG, indexerHealth } from "./health";

describe("indexer health", () => {
  it("is checking until the indexer has said which block it reached", () => {
    assert.deepEqual(indexerHealth(undefined, 100n), { state: "checking" });
  });

  it("is live within LIVE_LAG blocks of the chain's head, or when the head is unknown", () => {
    assert.deepEqual(indexerHealth(98n, 98n + LIVE_LAG), { state: "live", indexedBlock: 98n });
    assert.deepEqual(indexerHealth(98n, undefined), { state: "live", indexedBlock: 98n });
  });

  it("is catching up, naming both blocks, beyond that", () => {
    assert.deepEqual(indexerHealth(90n, 91n + LIVE_LAG), {
      state: "catchingUp",
      indexedBlock: 90n,
      chainBlock: 91n + LIVE_LAG,
    });
  });
});
