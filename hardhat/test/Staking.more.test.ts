import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress } from "viem";
import { earnedAt, rewardAtUnlock, unlockAfterTopUp, votingPower } from "../../lib/staking/index.ts";
import { gasIt } from "../fixtures/coverage.ts";
import {
  DAY,
  Tier,
  assertSolvent,
  deployStaking,
  dta,
  gasOf,
  signPermit,
  stake,
  type StakingFixture,
} from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);
const smallPoolFixture = () => deployStaking(viem, dta("10"));

/** Tally Staker's "further stake" figure: topping up beats it, where opening a second position does not. */
const TALLY_FURTHER_STAKE = 164_973n;

async function setTime(timestamp: bigint): Promise<void> {
  await networkHelpers.time.setNextBlockTimestamp(timestamp);
}

const balanceOf = (fx: StakingFixture, account: `0x${string}`) => fx.token.read.balanceOf([account]);

describe("DTAStaking stakeMore", () => {
  it("tops up a locked position: principal, tier, lock, reserve, totals and votes move, no new receipt", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const alice = fx.alice.account.address;
    const amount = dta("9000");
    const added = dta("41000");
    const id = await stake(fx, fx.alice, amount, 365n);
    const before = await fx.staking.read.position([id]);
    assert.equal(before.tier, Tier.Bronze);
    assert.equal(await fx.staking.read.getVotes([alice]), votingPower(amount, 365));

    // A partial claim first: the top-up folds in only what is earned and not yet claimed.
    await setTime(before.start + 50n * DAY);
    await fx.staking.write.claim([id], { account: fx.alice.account });
    const claimed = (await fx.staking.read.position([id])).claimed;
    const poolBefore = await fx.staking.read.poolAvailable();
    const aliceBefore = await balanceOf(fx, alice);

    const t = before.start + 100n * DAY;
    const compounded = earnedAt(before.reserved, before.start, before.unlock, t) - claimed;
    const newPrincipal = amount + compounded + added;
    // The lock restarts: the whole 365-day period from the top-up, reserved at the new tier (the UI's maths).
    const unlock = unlockAfterTopUp(t, 365);
    const reward = rewardAtUnlock(newPrincipal, 1800, 365);
    await setTime(t);
    await viem.assertions.emitWithArgs(
      fx.staking.write.stakeMore([id, added], { account: fx.alice.account }),
      fx.staking,
      "StakeIncreased",
      [getAddress(alice), id, added, compounded, newPrincipal, Tier.Gold, 1800n, reward, unlock],
    );

    const after = await fx.staking.read.position([id]);
    assert.equal(after.principal, newPrincipal);
    assert.equal(after.tier, Tier.Gold);
    assert.equal(after.apyBps, 1800n);
    assert.equal(after.unlock, unlock);
    assert.equal(unlock, t + 365n * DAY);
    assert.equal(after.start, t);
    assert.equal(after.claimed, 0n);
    assert.equal(after.reserved, reward);
    assert.equal(await fx.staking.read.totalPositionsOpened(), 1n);
    assert.deepEqual(await fx.staking.read.positionsOf([alice]), [id]);
    assert.equal(await balanceOf(fx, alice), aliceBefore - added);
    assert.equal(await fx.staking.read.totalStaked(), newPrincipal);
    assert.equal(await fx.staking.read.totalReserved(), reward);
    assert.equal(await fx.staking.read.totalStakedByTier([Tier.Bronze]), 0n);
    assert.equal(await fx.staking.read.totalStakedByTier([Tier.Gold]), newPrincipal);
    // The old unearned reserve was released and the new segment reserved; `added` is principal, not pool.
    assert.equal(
      await fx.staking.read.poolAvailable(),
      poolBefore + (before.reserved - claimed - compounded) - reward,
    );
    assert.equal(await fx.staking.read.getVotes([alice]), votingPower(newPrincipal, 365));
    await assertSolvent(fx);

    // The new segment pays out exactly its reserve, plus the whole principal, at the restarted unlock only.
    await setTime(before.unlock);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.unstake([id], { account: fx.alice.account }),
      fx.staking,
      "PositionLocked",
      [id, unlock],
    );
    await setTime(unlock);
    const gainBefore = await balanceOf(fx, alice);
    await fx.staking.write.unstake([id], { account: fx.alice.account });
    assert.equal((await balanceOf(fx, alice)) - gainBefore, newPrincipal + reward);
    assert.equal(await fx.staking.read.getVotes([alice]), 0n);
    await assertSolvent(fx);
  });

  it("lets an approved operator top up (it pays, the owner keeps principal and votes)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("1000"), 90n);
    await fx.staking.write.approve([fx.bob.account.address, id], { account: fx.alice.account });
    const bobBefore = await balanceOf(fx, fx.bob.account.address);
    await fx.staking.write.stakeMore([id, dta("500")], { account: fx.bob.account });
    const p = await fx.staking.read.position([id]);
    assert.equal(p.owner, getAddress(fx.alice.account.address));
    assert.ok(p.principal >= dta("1500"));
    assert.equal(await balanceOf(fx, fx.bob.account.address), bobBefore - dta("500"));
    assert.equal(await fx.staking.read.getVotes([fx.alice.account.address]), votingPower(p.principal, 90));
    assert.equal(await fx.staking.read.getVotes([fx.bob.account.address]), 0n);
    await assertSolvent(fx);
  });

  it("refuses a zero amount, a stranger, a missing position and an unlocked position", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("1000"), 30n);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeMore([id, 0n], { account: fx.alice.account }),
      fx.staking,
      "ZeroAmount",
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeMore([id, dta("1000")], { account: fx.bob.account }),
      fx.staking,
      "ERC721InsufficientApproval",
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeMore([99n, dta("1000")], { account: fx.alice.account }),
      fx.staking,
      "ERC721NonexistentToken",
    );
    const { unlock } = await fx.staking.read.position([id]);
    await setTime(unlock);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.stakeMore([id, dta("1000")], { account: fx.alice.account }),
      fx.staking,
      "PositionUnlocked",
      [id, unlock],
    );
  });

  it("refuses a top-up the pool cannot cover, until it is funded", async () => {
    const fx = await networkHelpers.loadFixture(smallPoolFixture);
    await fx.token.write.transfer([fx.staking.address, dta("110")], { account: fx.holder.account });
    const id = await stake(fx, fx.alice, dta("1000"), 365n); // reserves the whole 120 DTA pool
    assert.equal(await fx.staking.read.poolAvailable(), 0n);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeMore([id, dta("1000")], { account: fx.alice.account }),
      fx.staking,
      "InsufficientRewardPool",
    );
    await fx.staking.write.fundRewards([dta("200")], { account: fx.bob.account });
    await fx.staking.write.stakeMore([id, dta("1000")], { account: fx.alice.account });
    assert.ok((await fx.staking.read.position([id])).principal >= dta("2000"));
    await assertSolvent(fx);
  });

  it("is stopped by a pause, like stake and compound", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("1000"), 90n);
    await fx.staking.write.pause({ account: fx.admin.account });
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeMore([id, dta("1000")], { account: fx.alice.account }),
      fx.staking,
      "EnforcedPause",
    );
    const deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeMoreWithPermit(
        [id, dta("1000"), deadline, 27, `0x${"00".repeat(32)}`, `0x${"00".repeat(32)}`],
        {
          account: fx.alice.account,
        },
      ),
      fx.staking,
      "EnforcedPause",
    );
    await fx.staking.write.unpause({ account: fx.admin.account });
    await fx.staking.write.stakeMore([id, dta("1000")], { account: fx.alice.account });
    await assertSolvent(fx);
  });

  it("tops up with a permit instead of an approval", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const dave = fx.dave.account.address;
    let deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
    let sig = await signPermit(fx, fx.dave, dta("1000"), deadline);
    await fx.staking.write.stakeWithPermit([dta("1000"), 180n, deadline, sig.v, sig.r, sig.s], {
      account: fx.dave.account,
    });
    const id = await fx.staking.read.totalPositionsOpened();
    const daveBefore = await balanceOf(fx, dave);
    deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
    sig = await signPermit(fx, fx.dave, dta("9000"), deadline);
    await fx.staking.write.stakeMoreWithPermit([id, dta("9000"), deadline, sig.v, sig.r, sig.s], {
      account: fx.dave.account,
    });
    const p = await fx.staking.read.position([id]);
    assert.ok(p.principal >= dta("10000"));
    assert.equal(p.tier, Tier.Silver);
    assert.equal(await balanceOf(fx, dave), daveBefore - dta("9000"));
    assert.equal(await fx.token.read.allowance([dave, fx.staking.address]), 0n);
    assert.deepEqual(await fx.staking.read.positionsOf([dave]), [id]);
    // The spent signature again, with no allowance left.
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeMoreWithPermit([id, dta("9000"), deadline, sig.v, sig.r, sig.s], {
        account: fx.dave.account,
      }),
      fx.token,
      "ERC20InsufficientAllowance",
    );
    await assertSolvent(fx);
  });

  gasIt("costs less than Tally Staker's further stake on a warm position in a new block", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await stake(fx, fx.bob, dta("1000"), 30n); // the contract has been used before
    const id = await stake(fx, fx.alice, dta("20000"), 90n);
    await networkHelpers.time.increase(7n * DAY);
    const gas = await gasOf(
      fx,
      fx.staking.write.stakeMore([id, dta("10000")], { account: fx.alice.account }),
    );
    console.log(`      gas: stakeMore ${gas} (Tally Staker further stake ${TALLY_FURTHER_STAKE})`);
    assert.ok(gas < TALLY_FURTHER_STAKE, `stakeMore ${gas}`);
  });
});
