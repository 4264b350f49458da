import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CONTRIBUTION_STATE_LABELS, contributionState } from "./labels";

describe("contribution status in words", () => {
  it("tells pending, rewarded, below 50 and paid nothing because the pool was empty apart", () => {
    assert.equal(
      contributionState({ status: "pending", multiplierBps: null, reward: 0n, rewardNeeded: null }),
      "pending",
    );
    assert.equal(
      contributionState({ status: "scored", multiplierBps: 15_000, reward: 150_000n, rewardNeeded: null }),
      "rewarded",
    );
    assert.equal(
      contributionState({ status: "scored", multiplierBps: 0, reward: 0n, rewardNeeded: null }),
      "belowFifty",
    );
    assert.equal(
      contributionState({ status: "scored", multiplierBps: 20_000, reward: 0n, rewardNeeded: null }),
      "poolEmpty",
    );
    assert.match(CONTRIBUTION_STATE_LABELS.poolEmpty, /paid nothing, the data pool was empty/);
  });

  it("marks a reward the pool paid only in part (DataPoolShort), not one it paid whole", () => {
    const scored = { status: "scored", multiplierBps: 20_000 } as const;
    assert.equal(contributionState({ ...scored, reward: 5n, rewardNeeded: 200_000n }), "poolShort");
    assert.equal(contributionState({ ...scored, reward: 200_000n, rewardNeeded: 200_000n }), "rewarded");
    assert.equal(contributionState({ ...scored, reward: 0n, rewardNeeded: 200_000n }), "poolEmpty");
    assert.match(CONTRIBUTION_STATE_LABELS.poolShort, /paid in part, the data pool ran short/);
  });
});
