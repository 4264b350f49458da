import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SYNC_WINDOW_SECONDS, pendingRewardsAt, rewardFor, serviceSplit } from "./economics";

describe("twin economics", () => {
  it("a full 30 days earn 50 DTA, ×1.2 at 120%", () => {
    assert.equal(rewardFor(30n * 86_400n, 100n), 500_000n);
    assert.equal(rewardFor(30n * 86_400n, 120n), 600_000n);
  });

  it("pending rewards stop at the window's end and never exceed what was reserved", () => {
    const twin = {
      windowEnd: 1_000n + SYNC_WINDOW_SECONDS,
      accruedAt: 1_000n,
      multiplierPct: 120n,
      reserved: rewardFor(SYNC_WINDOW_SECONDS, 120n),
      unclaimed: 7n,
    };
    assert.equal(pendingRewardsAt(twin, 1_000n), 7n);
    assert.equal(pendingRewardsAt(twin, 1_000n + 86_400n), 7n + rewardFor(86_400n, 120n));
    const atEnd = pendingRewardsAt(twin, twin.windowEnd);
    assert.equal(pendingRewardsAt(twin, twin.windowEnd + 86_400n), atEnd, "nothing after the window");
    assert.equal(pendingRewardsAt({ ...twin, reserved: 5n }, twin.windowEnd), 12n);
    assert.equal(pendingRewardsAt({ ...twin, multiplierPct: 0n }, twin.windowEnd), 7n);
  });

  it("splits a payment as ServiceFees does: burn first, 10% of the rest, the owner the remainder (no dust)", () => {
    assert.deepEqual(serviceSplit(3_000n, 200n), { burned: 60n, toPlatform: 294n, toOwner: 2_646n });
    for (const amount of [1n, 7n, 999n, 12_345n]) {
      for (const bps of [200n, 333n, 500n]) {
        const s = serviceSplit(amount, bps);
        assert.equal(s.burned + s.toPlatform + s.toOwner, amount);
      }
    }
  });
});
