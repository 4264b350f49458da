/**
 * Honest lock weights (issue 8, item 2): a top-up restarts the lock, so extra weight and APY buy a real lock,
 * and at unlock a position's voting weight falls to 1.0× of its principal through a permissionless `poke`, or
 * any action on the position. The UI's maths (lib/staking) is checked against the contract on the way.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress } from "viem";
import {
  earnedAt,
  rewardAtUnlock,
  unlockAfterTopUp,
  votingPower,
  votingPowerAt,
} from "../../lib/staking/index.ts";
import { DAY, Tier, assertSolvent, deployStaking, dta, stake } from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);

const setTime = (timestamp: bigint) => networkHelpers.time.setNextBlockTimestamp(timestamp);

describe("DTAStaking lock restart on top-up", () => {
  it("a 10M top-up 59 seconds before unlock buys a whole new 365-day lock, not 2.0× votes and 25% for free", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const alice = fx.alice.account.address;
    await fx.token.write.transfer([alice, dta("10000000")], { account: fx.holder.account });
    const id = await stake(fx, fx.alice, dta("1000"), 365n);
    const opened = await fx.staking.read.position([id]);
    assert.equal(await fx.staking.read.getVotes([alice]), dta("2000"));

    const t = opened.unlock - 59n;
    const newPrincipal =
      dta("1000") + earnedAt(opened.reserved, opened.start, opened.unlock, t) + dta("10000000");
    await setTime(t);
    await fx.staking.write.stakeMore([id, dta("10000000")], { account: fx.alice.account });
    const after = await fx.staking.read.position([id]);
    assert.equal(after.principal, newPrincipal);
    assert.equal(after.tier, Tier.Diamond);
    // The lock restarted: the weight and the 25% are paid for with a whole year, reserved as such.
    assert.equal(after.unlock, unlockAfterTopUp(t, 365));
    assert.equal(after.unlock, t + 365n * DAY);
    assert.equal(after.reserved, rewardAtUnlock(newPrincipal, 2500, 365));
    assert.equal(await fx.staking.read.getVotes([alice]), votingPower(newPrincipal, 365));

    // 30 days after the old unlock it is still locked: no penalty-free exit, and the 2.0× weight is real.
    await setTime(opened.unlock + 30n * DAY);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.unstake([id], { account: fx.alice.account }),
      fx.staking,
      "PositionLocked",
      [id, after.unlock],
    );
    assert.equal((await fx.staking.read.position([id])).unlockWeightPending, false);
    const burnedBefore = await fx.token.read.totalBurned();
    await fx.staking.write.unstakeEarly([id], { account: fx.alice.account });
    assert.equal((await fx.token.read.totalBurned()) - burnedBefore, newPrincipal / 10n);
    assert.equal(await fx.staking.read.getVotes([alice]), 0n);
    await assertSolvent(fx);
  });

  it("a compound keeps the unlock time (only new DTA restarts the lock)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("20000"), 90n);
    const opened = await fx.staking.read.position([id]);
    await setTime(opened.start + 30n * DAY);
    await fx.staking.write.compound([id], { account: fx.alice.account });
    assert.equal((await fx.staking.read.position([id])).unlock, opened.unlock);
  });
});

describe("DTAStaking unlock weight (poke)", () => {
  it("keeps 2.0× no longer than the lock: anyone's poke drops it to 1.0× in votes and supply", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, carol] = [fx.alice.account.address, fx.carol.account.address];
    const principal = dta("1000");
    const id = await stake(fx, fx.alice, principal, 365n);
    await fx.staking.write.delegate([carol], { account: fx.alice.account });
    const { unlock } = await fx.staking.read.position([id]);

    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.poke([id], { account: fx.bob.account }),
      fx.staking,
      "UnlockWeightNotDue",
      [id, unlock],
    );
    await networkHelpers.time.increaseTo(unlock + 30n * DAY);
    const pending = await fx.staking.read.position([id]);
    assert.equal(pending.unlockWeightPending, true);
    assert.equal(pending.votingUnits, dta("2000"));
    assert.equal(await fx.staking.read.getVotes([carol]), dta("2000"));

    await viem.assertions.emitWithArgs(
      fx.staking.write.poke([id], { account: fx.bob.account }),
      fx.staking,
      "UnlockWeightApplied",
      [getAddress(alice), id, dta("2000"), principal],
    );
    const now = BigInt(await networkHelpers.time.latest());
    const poked = await fx.staking.read.position([id]);
    assert.equal(poked.unlockWeightPending, false);
    assert.equal(poked.votingUnits, votingPowerAt(principal, 365, unlock, now));
    assert.equal(poked.votingUnits, principal);
    assert.equal(await fx.staking.read.getVotes([carol]), principal);
    assert.equal(await fx.staking.read.totalVotingUnits(), principal);
    // The card shows the applied weight too.
    const card = await fx.staking.read.tokenURI([id]);
    assert.ok(card.length > 0);

    // Applied once: a second poke changes nothing and says nothing.
    const hash = await fx.staking.write.poke([id], { account: fx.bob.account });
    const receipt = await fx.publicClient.waitForTransactionReceipt({ hash });
    assert.equal(receipt.logs.length, 0);
    await fx.staking.write.unstake([id], { account: fx.alice.account });
    assert.equal(await fx.staking.read.getVotes([carol]), 0n);
    assert.equal(await fx.staking.read.totalVotingUnits(), 0n);
  });

  it("applies the unlock weight on claim and on transfer, so a receiver never gets an expired weight", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const claimed = await stake(fx, fx.alice, dta("10000"), 180n);
    const moved = await stake(fx, fx.alice, dta("4000"), 90n);
    const { unlock } = await fx.staking.read.position([claimed]);
    await networkHelpers.time.increaseTo(unlock + DAY);
    assert.equal(await fx.staking.read.getVotes([alice]), dta("15000") + dta("5000"));

    await viem.assertions.emitWithArgs(
      fx.staking.write.claim([claimed], { account: fx.alice.account }),
      fx.staking,
      "UnlockWeightApplied",
      [getAddress(alice), claimed, dta("15000"), dta("10000")],
    );
    assert.equal(await fx.staking.read.getVotes([alice]), dta("10000") + dta("5000"));

    await viem.assertions.emitWithArgs(
      fx.staking.write.transferFrom([alice, bob, moved], { account: fx.alice.account }),
      fx.staking,
      "UnlockWeightApplied",
      [getAddress(alice), moved, dta("5000"), dta("4000")],
    );
    assert.equal(await fx.staking.read.getVotes([alice]), dta("10000"));
    assert.equal(await fx.staking.read.getVotes([bob]), dta("4000"));
    assert.equal(await fx.staking.read.totalVotingUnits(), dta("14000"));
    await fx.staking.write.unstake([moved], { account: fx.bob.account });
    assert.equal(await fx.staking.read.getVotes([bob]), 0n);
    assert.equal(await fx.staking.read.totalVotingUnits(), dta("10000"));
  });

  it("unstaking without a poke removes exactly the weight still counted", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const alice = fx.alice.account.address;
    const id = await stake(fx, fx.alice, dta("3000"), 365n);
    await stake(fx, fx.alice, dta("1000"), 30n);
    const { unlock } = await fx.staking.read.position([id]);
    await networkHelpers.time.increaseTo(unlock);
    await fx.staking.write.unstake([id], { account: fx.alice.account });
    assert.equal(await fx.staking.read.getVotes([alice]), dta("1000"));
    assert.equal(await fx.staking.read.totalVotingUnits(), dta("1000"));
  });
});
