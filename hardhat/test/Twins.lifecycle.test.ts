/**
 * A twin's life (issue 11): the NFT carries its bond, rewards and jobs to a new owner; the quality oracle's
 * role, scores and slash bounds; deregistering (7-day cooldown, no earnings or new jobs, open jobs finish)
 * and the bond's return minus slashes with the NFT burned.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress } from "viem";
import {
  BOND,
  DAY,
  JobStatus,
  assertSolvent,
  buy,
  deployTwins,
  hashOf,
  register,
  rewardFor,
  score,
  sync,
} from "../fixtures/Twins.ts";

const { viem, networkHelpers } = await network.create();
const { time } = networkHelpers;
const fixture = () => deployTwins(viem);

describe("TwinRegistry ownership, quality oracle and deregistration", () => {
  it("an NFT transfer moves the bond, the unclaimed rewards, the open jobs and the staking bonus", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const id = await register(fx, fx.alice);
    await sync(fx, id, fx.alice);
    const jobId = await buy(fx, id, 5n);
    await time.increase(2n * DAY);
    await fx.registry.write.transferFrom([alice, bob, id], { account: fx.alice.account });
    assert.equal(await fx.registry.read.hasStakingBonus([alice]), false);
    assert.equal(await fx.registry.read.hasStakingBonus([bob]), true);
    assert.equal(await fx.registry.read.activeTwinCount([bob]), 1n);

    // The old owner can no longer claim, complete or deregister.
    for (const write of [
      fx.registry.write.claimRewards([id], { account: fx.alice.account }),
      fx.registry.write.completeJob([jobId, hashOf("r")], { account: fx.alice.account }),
      fx.registry.write.deregister([id], { account: fx.alice.account }),
    ]) {
      await viem.assertions.revertWithCustomError(write, fx.registry, "NotTwinOwner");
    }
    // The new owner is paid for the job, and what accrued before and after the transfer.
    const beforeJob = await fx.token.read.balanceOf([bob]);
    await fx.registry.write.completeJob([jobId, hashOf("r")], { account: fx.bob.account });
    const [, , toOwner] = await fx.fees.read.split([5_000n]);
    assert.equal((await fx.token.read.balanceOf([bob])) - beforeJob, toOwner);
    await time.increase(6n * DAY);
    const before = await fx.token.read.balanceOf([bob]);
    await fx.registry.write.claimRewards([id], { account: fx.bob.account });
    assert.equal((await fx.token.read.balanceOf([bob])) - before, rewardFor(7n * DAY, 120n));
    // ...and, after deregistering, gets the bond.
    await fx.registry.write.deregister([id], { account: fx.bob.account });
    await time.increase(7n * DAY);
    const beforeBond = await fx.token.read.balanceOf([bob]);
    await fx.registry.write.withdrawBond([id], { account: fx.bob.account });
    assert.equal((await fx.token.read.balanceOf([bob])) - beforeBond, BOND);
    await assertSolvent(fx);
  });

  it("only the quality oracle scores, 0 … 100, with the reason hash in the event", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await viem.assertions.revertWithCustomError(
      fx.registry.write.setQuality([id, 80n, hashOf("r")], { account: fx.alice.account }),
      fx.registry,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.setQuality([id, 101n, hashOf("r")], { account: fx.oracle.account }),
      fx.registry,
      "InvalidQualityScore",
      [101n],
    );
    await viem.assertions.emitWithArgs(
      fx.registry.write.setQuality([id, 0n, hashOf("offline")], { account: fx.oracle.account }),
      fx.registry,
      "QualityUpdated",
      [id, 100, 0, hashOf("offline")],
    );
    await score(fx, id, 100n);
    assert.equal((await fx.registry.read.twinOf([id])).quality, 100);
  });

  it("slashes only a suspended twin, more than 0 and at most 10% of the bond left per decision, burned", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.slash([id, 1n, hashOf("r")], { account: fx.oracle.account }),
      fx.registry,
      "TwinNotSuspended",
      [id],
    );
    await score(fx, id, 49n);
    const max = BOND / 10n;
    for (const amount of [0n, max + 1n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.registry.write.slash([id, amount, hashOf("r")], { account: fx.oracle.account }),
        fx.registry,
        "InvalidSlashAmount",
        [amount, max],
      );
    }
    await viem.assertions.revertWithCustomError(
      fx.registry.write.slash([id, max, hashOf("r")], { account: fx.alice.account }),
      fx.registry,
      "AccessControlUnauthorizedAccount",
    );
    const burned = await fx.token.read.totalBurned();
    await viem.assertions.emitWithArgs(
      fx.registry.write.slash([id, max, hashOf("fake data")], { account: fx.oracle.account }),
      fx.registry,
      "TwinSlashed",
      [id, max, BOND - max, hashOf("fake data")],
    );
    assert.equal((await fx.token.read.totalBurned()) - burned, max);
    assert.equal(await fx.registry.read.totalBonded(), BOND - max);
    // The next decision is bounded by 10% of what is left.
    const nextMax = (BOND - max) / 10n;
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.slash([id, nextMax + 1n, hashOf("r")], { account: fx.oracle.account }),
      fx.registry,
      "InvalidSlashAmount",
      [nextMax + 1n, nextMax],
    );
    await fx.registry.write.slash([id, nextMax, hashOf("again")], { account: fx.oracle.account });
    // Withdrawing returns the bond minus both slashes.
    await fx.registry.write.deregister([id], { account: fx.alice.account });
    await time.increase(7n * DAY);
    const before = await fx.token.read.balanceOf([fx.alice.account.address]);
    await fx.registry.write.withdrawBond([id], { account: fx.alice.account });
    assert.equal((await fx.token.read.balanceOf([fx.alice.account.address])) - before, BOND - max - nextMax);
    await assertSolvent(fx);
  });

  it("deregistering: 7-day cooldown without earnings or new jobs; open jobs still complete, decline or reclaim", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await sync(fx, id, fx.alice);
    const t0 = BigInt((await fx.registry.read.twinOf([id])).lastSync);
    const [completed, declined, reclaimed] = [
      await buy(fx, id, 1n),
      await buy(fx, id, 2n),
      await buy(fx, id, 3n),
    ];
    await time.setNextBlockTimestamp(t0 + DAY);
    await viem.assertions.emitWithArgs(
      fx.registry.write.deregister([id], { account: fx.alice.account }),
      fx.registry,
      "DeregistrationStarted",
      [id, t0 + 8n * DAY],
    );
    const earned = rewardFor(DAY, 120n);
    assert.equal(await fx.registry.read.poolAvailable(), 80_000_000n * 10_000n - earned, "reserve released");
    assert.equal(await fx.registry.read.isActive([id]), false);
    assert.equal(await fx.registry.read.hasStakingBonus([fx.alice.account.address]), false);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.buySimulation([id, 1n, 1_000n], { account: fx.buyer.account }),
      fx.registry,
      "TwinIsDeregistering",
      [id, t0 + 8n * DAY],
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.deregister([id], { account: fx.alice.account }),
      fx.registry,
      "TwinIsDeregistering",
    );
    await sync(fx, id, fx.alice, "during cooldown");
    await time.increase(3n * DAY);
    assert.equal(await fx.registry.read.pendingRewards([id]), earned, "nothing accrues in the cooldown");
    await fx.registry.write.completeJob([completed, hashOf("r")], { account: fx.alice.account });
    await fx.registry.write.declineJob([declined], { account: fx.alice.account });

    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.withdrawBond([id], { account: fx.alice.account }),
      fx.registry,
      "CooldownNotOver",
      [id, t0 + 8n * DAY],
    );
    await time.increaseTo(t0 + 8n * DAY);
    const before = await fx.token.read.balanceOf([fx.alice.account.address]);
    await viem.assertions.emitWithArgs(
      fx.registry.write.withdrawBond([id], { account: fx.alice.account }),
      fx.registry,
      "BondWithdrawn",
      [id, getAddress(fx.alice.account.address), BOND, earned],
    );
    assert.equal((await fx.token.read.balanceOf([fx.alice.account.address])) - before, BOND + earned);
    await viem.assertions.revertWithCustomError(
      fx.registry.read.ownerOf([id]),
      fx.registry,
      "ERC721NonexistentToken",
    );
    assert.equal(await fx.registry.read.totalBonded(), 0n);
    // The third job's payment is still escrowed: its buyer takes it back after the deadline.
    const deadline = BigInt((await fx.registry.read.jobOf([reclaimed])).deadline);
    assert.ok(deadline <= t0 + 8n * DAY, "open jobs' deadlines end by the cooldown's end");
    await fx.registry.write.reclaimJob([reclaimed], { account: fx.buyer.account });
    assert.equal((await fx.registry.read.jobOf([reclaimed])).status, JobStatus.Reclaimed);
    assert.equal(await fx.registry.read.totalEscrowed(), 0n);
    await assertSolvent(fx);
  });

  it("withdrawBond needs a deregistration first", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.withdrawBond([id], { account: fx.alice.account }),
      fx.registry,
      "TwinNotDeregistering",
      [id],
    );
  });
});
