import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { earnedAt, rewardAtUnlock, rewardOver, votingPower } from "../../lib/staking/index.ts";
import {
  DAY,
  Tier,
  assertSolvent,
  deployStaking,
  dta,
  stake,
  type StakingFixture,
} from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);
const smallPoolFixture = () => deployStaking(viem, dta("10"));

/** How much alice's DTA balance grows through `action`. */
async function aliceGain(fx: StakingFixture, action: () => Promise<unknown>): Promise<bigint> {
  const before = await fx.token.read.balanceOf([fx.alice.account.address]);
  await action();
  return (await fx.token.read.balanceOf([fx.alice.account.address])) - before;
}

async function setTime(timestamp: bigint): Promise<void> {
  await networkHelpers.time.setNextBlockTimestamp(timestamp);
}

describe("DTAStaking rewards", () => {
  it("accrues linearly and pays exactly the reserve by unlock, however often it is claimed", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const amount = dta("1234.5677");
    const start0 = await fx.token.read.balanceOf([fx.alice.account.address]);
    const id = await stake(fx, fx.alice, amount, 90n);
    const p = await fx.staking.read.position([id]);
    assert.equal(p.reserved, rewardAtUnlock(amount, 900, 90));

    let paid = 0n;
    for (const fraction of [1n, 7n, 13n, 29n]) {
      const t = p.start + (p.lockSeconds * fraction) / 30n;
      await setTime(t);
      await networkHelpers.mine();
      assert.equal(await fx.staking.read.earned([id]), earnedAt(p.reserved, p.start, p.unlock, t));
      await setTime(t + 1n);
      await fx.staking.write.claim([id], { account: fx.alice.account });
      paid += earnedAt(p.reserved, p.start, p.unlock, t + 1n) - paid;
      assert.equal((await fx.staking.read.position([id])).claimed, paid);
      await assertSolvent(fx);
    }
    await setTime(p.unlock + 5n * DAY);
    await viem.assertions.emitWithArgs(
      fx.staking.write.unstake([id], { account: fx.alice.account }),
      fx.staking,
      "Unstaked",
      [fx.alice.account.address, id, amount, p.reserved - paid],
    );
    // The staker got back the principal plus exactly the reserved reward: no rounding paid out more.
    assert.equal(await fx.token.read.balanceOf([fx.alice.account.address]), start0 + p.reserved);
    assert.equal(await fx.staking.read.totalStaked(), 0n);
    assert.equal(await fx.staking.read.totalReserved(), 0n);
    await viem.assertions.revertWithCustomError(
      fx.staking.read.ownerOf([id]),
      fx.staking,
      "ERC721NonexistentToken",
    );
  });

  it("claims what was earned, refuses a second empty claim and claims by others", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("10000"), 30n);
    const p = await fx.staking.read.position([id]);
    await setTime(p.unlock);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.claim([id], { account: fx.bob.account }),
      fx.staking,
      "ERC721InsufficientApproval",
    );
    assert.equal(
      await aliceGain(fx, () => fx.staking.write.claim([id], { account: fx.alice.account })),
      p.reserved,
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.claim([id], { account: fx.alice.account }),
      fx.staking,
      "NothingToClaim",
      [id],
    );
    assert.equal(await fx.staking.read.claimable([id]), 0n);
  });

  it("compounds accrued rewards into principal, upgrading the tier and re-reserving to the same unlock", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const amount = dta("9990");
    const id = await stake(fx, fx.alice, amount, 365n);
    const before = await fx.staking.read.position([id]);
    assert.equal(before.tier, Tier.Bronze);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.compound([id], { account: fx.alice.account }),
      fx.staking,
      "NothingToCompound",
      [id],
    );
    const poolBefore = await fx.staking.read.poolAvailable();

    const t = before.start + 180n * DAY;
    await setTime(t);
    await fx.staking.write.compound([id], { account: fx.alice.account });
    const accrued = earnedAt(before.reserved, before.start, before.unlock, t);
    const after = await fx.staking.read.position([id]);
    assert.equal(after.principal, amount + accrued);
    assert.equal(after.tier, Tier.Silver);
    assert.equal(after.apyBps, 1500n);
    assert.equal(after.unlock, before.unlock);
    assert.equal(after.start, t);
    assert.equal(after.claimed, 0n);
    assert.equal(after.reserved, rewardOver(amount + accrued, 1500, before.unlock - t));
    assert.equal(await fx.staking.read.totalStaked(), amount + accrued);
    assert.equal(await fx.staking.read.totalReserved(), after.reserved);
    assert.equal(await fx.staking.read.totalStakedByTier([Tier.Bronze]), 0n);
    assert.equal(await fx.staking.read.totalStakedByTier([Tier.Silver]), amount + accrued);
    // The old unearned reserve was released, the new segment reserved.
    assert.equal(
      await fx.staking.read.poolAvailable(),
      poolBefore + (before.reserved - accrued) - after.reserved,
    );
    assert.equal(
      await fx.staking.read.getVotes([fx.alice.account.address]),
      votingPower(amount + accrued, 365),
    );
    await assertSolvent(fx);

    await setTime(before.unlock);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.compound([id], { account: fx.alice.account }),
      fx.staking,
      "PositionUnlocked",
      [id, before.unlock],
    );
    assert.equal(
      await aliceGain(fx, () => fx.staking.write.unstake([id], { account: fx.alice.account })),
      amount + accrued + after.reserved,
    );
  });

  it("unstakes only after unlock", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("5000"), 30n);
    const p = await fx.staking.read.position([id]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.unstake([id], { account: fx.alice.account }),
      fx.staking,
      "PositionLocked",
      [id, p.unlock],
    );
    await setTime(p.unlock);
    assert.equal(
      await aliceGain(fx, () => fx.staking.write.unstake([id], { account: fx.alice.account })),
      dta("5000") + p.reserved,
    );
    assert.equal(await fx.staking.read.getVotes([fx.alice.account.address]), 0n);
    assert.deepEqual(await fx.staking.read.positionsOf([fx.alice.account.address]), []);
  });

  it("early unstake burns 10% of the principal, pays earned rewards and releases the rest to the pool", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const amount = dta("10000");
    const id = await stake(fx, fx.alice, amount, 90n);
    const p = await fx.staking.read.position([id]);
    const burnedBefore = await fx.token.read.totalBurned();
    const supplyBefore = await fx.token.read.totalSupply();
    const poolBefore = await fx.staking.read.poolAvailable();
    const aliceBefore = await fx.token.read.balanceOf([fx.alice.account.address]);

    const t = p.start + 30n * DAY;
    await setTime(t);
    const earned = earnedAt(p.reserved, p.start, p.unlock, t);
    await viem.assertions.emitWithArgs(
      fx.staking.write.unstakeEarly([id], { account: fx.alice.account }),
      fx.staking,
      "UnstakedEarly",
      [fx.alice.account.address, id, dta("9000"), dta("1000"), earned, p.reserved - earned],
    );
    assert.equal(await fx.token.read.totalBurned(), burnedBefore + dta("1000"));
    assert.equal(await fx.token.read.totalSupply(), supplyBefore - dta("1000"));
    assert.equal(
      await fx.token.read.balanceOf([fx.alice.account.address]),
      aliceBefore + dta("9000") + earned,
    );
    assert.equal(await fx.staking.read.poolAvailable(), poolBefore + (p.reserved - earned));
    assert.equal(await fx.staking.read.totalStaked(), 0n);
    assert.equal(await fx.staking.read.totalReserved(), 0n);
    await assertSolvent(fx);
  });

  it("refuses early unstake once unlocked", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("1000"), 30n);
    const p = await fx.staking.read.position([id]);
    await setTime(p.unlock);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.unstakeEarly([id], { account: fx.alice.account }),
      fx.staking,
      "PositionUnlocked",
      [id, p.unlock],
    );
  });
});

describe("DTAStaking rewards pool", () => {
  it("refuses a stake the pool cannot cover, until it is funded", async () => {
    const fx = await networkHelpers.loadFixture(smallPoolFixture);
    // 1,000 DTA × 12% for a year = 120 DTA; the pool has 10.
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.stake([dta("1000"), 365n], { account: fx.alice.account }),
      fx.staking,
      "InsufficientRewardPool",
      [dta("120"), dta("10")],
    );
    await fx.token.write.approve([fx.staking.address, dta("100")], { account: fx.holder.account });
    await viem.assertions.emitWithArgs(
      fx.staking.write.fundRewards([dta("100")], { account: fx.holder.account }),
      fx.staking,
      "RewardsFunded",
      [fx.holder.account.address, dta("100")],
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stake([dta("1000"), 365n], { account: fx.alice.account }),
      fx.staking,
      "InsufficientRewardPool",
    );
    // A plain transfer (e.g. from the revenue distributor) tops the pool up too.
    await fx.token.write.transfer([fx.staking.address, dta("10")], { account: fx.holder.account });
    assert.equal(await fx.staking.read.poolAvailable(), dta("120"));
    await stake(fx, fx.alice, dta("1000"), 365n);
    assert.equal(await fx.staking.read.poolAvailable(), 0n);
    await assertSolvent(fx);
  });

  it("refuses a compound the pool cannot cover", async () => {
    const fx = await networkHelpers.loadFixture(smallPoolFixture);
    await fx.token.write.transfer([fx.staking.address, dta("110")], { account: fx.holder.account });
    const id = await stake(fx, fx.alice, dta("1000"), 365n);
    const p = await fx.staking.read.position([id]);
    await setTime(p.start + 180n * DAY);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.compound([id], { account: fx.alice.account }),
      fx.staking,
      "InsufficientRewardPool",
    );
  });
});

describe("DTAStaking pause", () => {
  it("stops stakes and compounds but never claims or withdrawals", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const a = await stake(fx, fx.alice, dta("1000"), 30n);
    const b = await stake(fx, fx.alice, dta("1000"), 90n);
    const c = await stake(fx, fx.alice, dta("1000"), 90n);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.pause({ account: fx.alice.account }),
      fx.staking,
      "AccessControlUnauthorizedAccount",
    );
    await fx.staking.write.pause({ account: fx.admin.account });
    await networkHelpers.time.increase(31n * DAY);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stake([dta("1000"), 30n], { account: fx.alice.account }),
      fx.staking,
      "EnforcedPause",
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.compound([b], { account: fx.alice.account }),
      fx.staking,
      "EnforcedPause",
    );
    await fx.staking.write.claim([b], { account: fx.alice.account });
    await fx.staking.write.unstake([a], { account: fx.alice.account });
    await fx.staking.write.unstakeEarly([c], { account: fx.alice.account });
    assert.deepEqual(await fx.staking.read.positionsOf([fx.alice.account.address]), [b]);

    await fx.staking.write.unpause({ account: fx.admin.account });
    await networkHelpers.time.increase(DAY);
    await fx.staking.write.compound([b], { account: fx.alice.account });
    await stake(fx, fx.alice, dta("1000"), 30n);
    await assertSolvent(fx);
  });
});
