import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CONTRIBUTION_STATE_LABELS, contributionState } from "./labels";

describe("contribution status in words", () => {
  it("tells pending, rewarded, below 50 and paid nothing because the pool was empty apart", () => {
    assert.equal(contributionState({ status: "pending", multiplierBps: null, reward: 0n }), "pending");
    assert.equal(
      contributionState({ status: "scored", multiplierBps: 15_000, reward: 150_000n }),
      "rewarded",
    );
    assert.equal(contributionState({ status: "scored", multiplierBps: 0, reward: 0n }), "belowFifty");
    assert.equal(contributionState({ status: "scored", multiplierBps: 20_000, reward: 0n }), "poolEmpty");
    assert.match(CONTRIBUTION_STATE_LABELS.poolEmpty, /paid nothing, the data pool was empty/);
  });
});
