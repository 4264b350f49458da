/**
 * Data-sync rewards (issue 11): 50 DTA per 30 days per second, only within 7 days after the last sync, ×1.2 at
 * quality ≥ 90, reserved from the twin pool by each sync; a window the pool cannot cover earns nothing; a
 * quality change mid-window settles what accrued and re-reserves the rest.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress } from "viem";
import {
  DAY,
  TWIN_POOL,
  assertSolvent,
  buy,
  deployTwins,
  hashOf,
  register,
  rewardFor,
  score,
  sync,
  type TwinsFixture,
} from "../fixtures/Twins.ts";

const { viem, networkHelpers } = await network.create();
const { time } = networkHelpers;
const fixture = () => deployTwins(viem);
const smallPool = () => deployTwins(viem, 200_000n);
const coversBaseOnly = () => deployTwins(viem, 130_000n);

const FULL_WINDOW_HIGH = 140_000n; // 14 DTA: 7 days at ×1.2
const FULL_WINDOW_BASE = 116_666n; // 11.6666 DTA: 7 days at ×1.0, rounded down

async function lastSync(fx: TwinsFixture, id: bigint): Promise<bigint> {
  return BigInt((await fx.registry.read.twinOf([id])).lastSync);
}

describe("TwinRegistry sync rewards", () => {
  it("earns nothing before a sync, per second after it, and nothing more after 7 days (0 / 7 / 8 days)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await time.increase(3n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), 0n, "no sync, no reward");
    await sync(fx, id, fx.alice);
    const t0 = await lastSync(fx, id);
    assert.equal(await fx.registry.read.pendingRewards([id]), 0n, "0 days");
    await time.increaseTo(t0 + DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), rewardFor(DAY, 120n));
    await time.increaseTo(t0 + 7n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), FULL_WINDOW_HIGH, "7 days");
    await time.increaseTo(t0 + 8n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), FULL_WINDOW_HIGH, "8 days: no more");
    await assertSolvent(fx);
  });

  it("a sync reserves its whole window from the pool, so the reward shown is reserved", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    const at = BigInt(await time.latest()) + 10n;
    await time.setNextBlockTimestamp(at);
    await viem.assertions.emitWithArgs(
      fx.registry.write.recordSync([id, hashOf("a")], { account: fx.alice.account }),
      fx.registry,
      "DataSynced",
      [id, getAddress(fx.alice.account.address), hashOf("a"), at + 7n * DAY, 120, FULL_WINDOW_HIGH],
    );
    assert.equal((await fx.registry.read.twinOf([id])).reserved, FULL_WINDOW_HIGH);
    assert.equal(await fx.registry.read.totalRewardsOwed(), FULL_WINDOW_HIGH);
    assert.equal(await fx.registry.read.poolAvailable(), TWIN_POOL - FULL_WINDOW_HIGH);
    await assertSolvent(fx);
  });

  it("a new sync settles what accrued and releases the unused rest of the previous window", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await sync(fx, id, fx.alice, "first");
    const t0 = await lastSync(fx, id);
    await time.setNextBlockTimestamp(t0 + 2n * DAY);
    await sync(fx, id, fx.alice, "second");
    const twin = await fx.registry.read.twinOf([id]);
    const earned = rewardFor(2n * DAY, 120n);
    assert.equal(twin.unclaimed, earned);
    assert.equal(twin.reserved, FULL_WINDOW_HIGH);
    assert.equal(BigInt(twin.windowEnd), t0 + 9n * DAY);
    assert.equal(await fx.registry.read.poolAvailable(), TWIN_POOL - earned - FULL_WINDOW_HIGH);
    await time.increaseTo(t0 + 20n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), earned + FULL_WINDOW_HIGH);
    await assertSolvent(fx);
  });

  it("claims pay the current owner what accrued; a twin with nothing settled reverts NoTwinRewards", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.claimRewards([id], { account: fx.alice.account }),
      fx.registry,
      "NoTwinRewards",
      [id],
    );
    await sync(fx, id, fx.alice);
    await time.increase(8n * DAY);
    await viem.assertions.revertWithCustomError(
      fx.registry.write.claimRewards([id], { account: fx.bob.account }),
      fx.registry,
      "NotTwinOwner",
    );
    const before = await fx.token.read.balanceOf([fx.alice.account.address]);
    await viem.assertions.emitWithArgs(
      fx.registry.write.claimRewards([id], { account: fx.alice.account }),
      fx.registry,
      "RewardsClaimed",
      [id, getAddress(fx.alice.account.address), FULL_WINDOW_HIGH],
    );
    assert.equal((await fx.token.read.balanceOf([fx.alice.account.address])) - before, FULL_WINDOW_HIGH);
    assert.equal(await fx.registry.read.pendingRewards([id]), 0n);
    assert.equal(await fx.registry.read.totalRewardsOwed(), 0n);
    assert.equal(await fx.registry.read.poolAvailable(), TWIN_POOL - FULL_WINDOW_HIGH);
    await assertSolvent(fx);
  });

  it("×1.2 at quality 90, ×1.0 at 89", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const high = await register(fx, fx.alice);
    const base = await register(fx, fx.bob);
    await score(fx, high, 90n);
    await score(fx, base, 89n);
    await sync(fx, high, fx.alice);
    await sync(fx, base, fx.bob);
    assert.equal((await fx.registry.read.twinOf([high])).multiplierPct, 120);
    assert.equal((await fx.registry.read.twinOf([base])).multiplierPct, 100);
    await time.increase(10n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([high]), FULL_WINDOW_HIGH);
    assert.equal(await fx.registry.read.pendingRewards([base]), FULL_WINDOW_BASE);
    await assertSolvent(fx);
  });

  it("suspended at 49 (no rewards, no jobs, no staking bonus), lifted at 50", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await sync(fx, id, fx.alice);
    const t0 = await lastSync(fx, id);
    await time.setNextBlockTimestamp(t0 + DAY);
    await viem.assertions.emitWithArgs(
      fx.registry.write.setQuality([id, 49n, hashOf("bad data")], { account: fx.oracle.account }),
      fx.registry,
      "TwinSuspended",
      [id],
    );
    const earnedBefore = rewardFor(DAY, 120n);
    assert.equal(await fx.registry.read.isActive([id]), false);
    assert.equal(await fx.registry.read.hasStakingBonus([fx.alice.account.address]), false);
    assert.equal(await fx.registry.read.poolAvailable(), TWIN_POOL - earnedBefore, "the rest is released");
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.buySimulation([id, 1n, 1_000n], { account: fx.buyer.account }),
      fx.registry,
      "TwinIsSuspended",
      [id],
    );
    // A sync while suspended is recorded but earns nothing.
    await sync(fx, id, fx.alice, "while suspended");
    assert.equal((await fx.registry.read.twinOf([id])).multiplierPct, 0);
    assert.equal((await fx.registry.read.twinOf([id])).reserved, 0n);
    const t1 = await lastSync(fx, id);
    await time.setNextBlockTimestamp(t1 + DAY);
    await viem.assertions.emitWithArgs(
      fx.registry.write.setQuality([id, 50n, hashOf("fixed")], { account: fx.oracle.account }),
      fx.registry,
      "TwinReinstated",
      [id],
    );
    assert.equal(
      await fx.registry.read.pendingRewards([id]),
      earnedBefore,
      "nothing accrued while suspended",
    );
    assert.equal(await fx.registry.read.isActive([id]), true);
    assert.equal(await fx.registry.read.hasStakingBonus([fx.alice.account.address]), true);
    // The open window resumes at ×1.0 for its remaining 6 days.
    assert.equal((await fx.registry.read.twinOf([id])).reserved, rewardFor(6n * DAY, 100n));
    await time.increaseTo(t1 + 7n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), earnedBefore + rewardFor(6n * DAY, 100n));
    await buy(fx, id, 1n);
    await assertSolvent(fx);
  });

  it("a quality drop mid-window settles at the old rate and releases the difference at once", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await sync(fx, id, fx.alice);
    const t0 = await lastSync(fx, id);
    await time.setNextBlockTimestamp(t0 + 3n * DAY);
    await score(fx, id, 89n);
    const settled = rewardFor(3n * DAY, 120n);
    const rest = rewardFor(4n * DAY, 100n);
    const twin = await fx.registry.read.twinOf([id]);
    assert.equal(twin.unclaimed, settled);
    assert.equal(twin.reserved, rest);
    assert.equal(await fx.registry.read.poolAvailable(), TWIN_POOL - settled - rest);
    await time.increaseTo(t0 + 9n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), settled + rest);
    await assertSolvent(fx);
  });

  it("a quality rise mid-window takes the extra from the pool when it can", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await score(fx, id, 80n);
    await sync(fx, id, fx.alice);
    const t0 = await lastSync(fx, id);
    await time.setNextBlockTimestamp(t0 + 2n * DAY);
    await score(fx, id, 95n);
    assert.equal((await fx.registry.read.twinOf([id])).multiplierPct, 120);
    await time.increaseTo(t0 + 7n * DAY);
    const expected = rewardFor(2n * DAY, 100n) + rewardFor(5n * DAY, 120n);
    assert.equal(await fx.registry.read.pendingRewards([id]), expected);
    await assertSolvent(fx);
  });

  it("pool exhaustion: the sync is recorded, RewardPoolShort is emitted and the window earns nothing", async () => {
    const fx = await networkHelpers.loadFixture(smallPool);
    const first = await register(fx, fx.alice);
    const second = await register(fx, fx.bob);
    await sync(fx, first, fx.alice);
    assert.equal(await fx.registry.read.poolAvailable(), 200_000n - FULL_WINDOW_HIGH);
    await viem.assertions.emitWithArgs(
      fx.registry.write.recordSync([second, hashOf("b")], { account: fx.bob.account }),
      fx.registry,
      "RewardPoolShort",
      [second, FULL_WINDOW_HIGH, 200_000n - FULL_WINDOW_HIGH],
    );
    const twin = await fx.registry.read.twinOf([second]);
    assert.ok(twin.lastSync > 0, "the sync itself is recorded");
    assert.equal(twin.multiplierPct, 0);
    assert.equal(twin.reserved, 0n);
    await time.increase(8n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([second]), 0n);
    assert.equal(await fx.registry.read.pendingRewards([first]), FULL_WINDOW_HIGH);
    await assertSolvent(fx);
  });

  it("when only the +20% is short, the window earns the base rate; a rise it cannot cover keeps that rate", async () => {
    const fx = await networkHelpers.loadFixture(coversBaseOnly);
    const id = await register(fx, fx.alice);
    await score(fx, id, 80n);
    await sync(fx, id, fx.alice);
    const t0 = await lastSync(fx, id);
    assert.equal((await fx.registry.read.twinOf([id])).multiplierPct, 100);
    await time.setNextBlockTimestamp(t0 + DAY);
    await score(fx, id, 100n);
    assert.equal((await fx.registry.read.twinOf([id])).multiplierPct, 100, "pool cannot cover ×1.2");
    await time.increaseTo(t0 + 7n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), FULL_WINDOW_BASE);
    await sync(fx, id, fx.alice, "again");
    // 130,000 − 116,666 left in the pool plus nothing released: ×1.0 for 7 days is not covered either.
    assert.equal((await fx.registry.read.twinOf([id])).multiplierPct, 0);
    await assertSolvent(fx);
  });
});
