/**
 * Simulation jobs (issue 11): whole hours 1–1,000 at the twin's rate within governance bounds, escrowed per
 * job; completion splits burn → 10% platform revenue → owner remainder with no dust at every burn rate 2–5%;
 * decline refunds; the buyer reclaims after the 7-day deadline.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroHash } from "viem";
import {
  DAY,
  JobStatus,
  assertSolvent,
  buy,
  deployTwins,
  hashOf,
  register,
  signPermit,
  type TwinsFixture,
} from "../fixtures/Twins.ts";

const { viem, networkHelpers } = await network.create();
const { time } = networkHelpers;
const fixture = () => deployTwins(viem);

const ODD_RATE = 1_237n; // 0.1237 DTA per hour
const ODD_HOURS = 7n; // 8,659 base units

/** The SPEC's split computed independently: burn first, 10% of the rest to platform, remainder to the owner. */
function expectedSplit(amount: bigint, bps: bigint) {
  const burned = (amount * bps) / 10_000n;
  const toPlatform = ((amount - burned) * 1_000n) / 10_000n;
  return { burned, toPlatform, toOwner: amount - burned - toPlatform };
}

async function twinWithOddRate(fx: TwinsFixture) {
  const id = await register(fx, fx.alice);
  await fx.registry.write.setSimulationRate([id, ODD_RATE], { account: fx.alice.account });
  return id;
}

describe("TwinRegistry simulation jobs", () => {
  it("escrows hours × rate with the job (buyer, hours, amount, status, 7-day deadline)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await twinWithOddRate(fx);
    const at = BigInt(await time.latest()) + 5n;
    await time.setNextBlockTimestamp(at);
    const before = await fx.token.read.balanceOf([fx.buyer.account.address]);
    await viem.assertions.emitWithArgs(
      fx.registry.write.buySimulation([id, ODD_HOURS, ODD_RATE], { account: fx.buyer.account }),
      fx.registry,
      "SimulationPurchased",
      [1n, id, getAddress(fx.buyer.account.address), ODD_HOURS, ODD_RATE, 8_659n, at + 7n * DAY],
    );
    assert.equal(before - (await fx.token.read.balanceOf([fx.buyer.account.address])), 8_659n);
    const job = await fx.registry.read.jobOf([1n]);
    assert.equal(getAddress(job.buyer), getAddress(fx.buyer.account.address));
    assert.equal(job.hoursBought, 7);
    assert.equal(job.amount, 8_659n);
    assert.equal(job.status, JobStatus.Open);
    assert.equal(job.twinId, id);
    assert.equal(BigInt(job.deadline), at + 7n * DAY);
    assert.equal(await fx.registry.read.totalEscrowed(), 8_659n);
    await assertSolvent(fx);
  });

  it("buys whole hours 1 … 1,000 only", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    for (const hours of [0n, 1_001n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.registry.write.buySimulation([id, hours, 1_000n], { account: fx.buyer.account }),
        fx.registry,
        "InvalidHours",
        [hours, 1_000n],
      );
    }
    await buy(fx, id, 1n);
    await buy(fx, id, 1_000n);
    assert.equal(await fx.registry.read.totalEscrowed(), 1_001n * 1_000n);
  });

  it("a rate raised after the quote cannot overcharge: the buyer's maximum is enforced", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    await fx.registry.write.setSimulationRate([id, 2_000n], { account: fx.alice.account });
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.buySimulation([id, 3n, 1_000n], { account: fx.buyer.account }),
      fx.registry,
      "RateAboveAccepted",
      [2_000n, 1_000n],
    );
  });

  it("owners set rates within 0.01–100 DTA/h; governance moves the bounds and rates are held within them", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    for (const rate of [99n, 1_000_001n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.registry.write.setSimulationRate([id, rate], { account: fx.alice.account }),
        fx.registry,
        "RateOutOfBounds",
        [rate, 100n, 1_000_000n],
      );
    }
    await viem.assertions.revertWithCustomError(
      fx.registry.write.setSimulationRate([id, 500n], { account: fx.bob.account }),
      fx.registry,
      "NotTwinOwner",
    );
    await viem.assertions.emitWithArgs(
      fx.registry.write.setSimulationRate([id, 1_000_000n], { account: fx.alice.account }),
      fx.registry,
      "SimulationRateUpdated",
      [id, 1_000_000n],
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.setRateBounds([1n, 10n], { account: fx.alice.account }),
      fx.registry,
      "AccessControlUnauthorizedAccount",
    );
    for (const [min, max] of [
      [0n, 10n],
      [11n, 10n],
    ] as const) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.registry.write.setRateBounds([min, max], { account: fx.admin.account }),
        fx.registry,
        "InvalidRateBounds",
        [min, max],
      );
    }
    await fx.registry.write.setRateBounds([50n, 500_000n], { account: fx.admin.account });
    assert.equal(await fx.registry.read.rateOf([id]), 500_000n, "held at the new maximum");
    await fx.registry.write.setSimulationRate([id, 50n], { account: fx.alice.account });
    assert.equal(await fx.registry.read.rateOf([id]), 50n);
  });

  it("buySimulationWithPermit pays in one transaction with no prior approval", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    const deadline = BigInt(await time.latest()) + DAY;
    const { v, r, s } = await signPermit(fx, fx.dave, 3n * 1_500n, deadline);
    await fx.registry.write.buySimulationWithPermit([id, 3n, 1_500n, deadline, v, r, s], {
      account: fx.dave.account,
    });
    const job = await fx.registry.read.jobOf([1n]);
    assert.equal(job.amount, 3_000n, "charged at the rate, not the maximum");
    // A buyer accepting any rate signs an unlimited permit (hours × max would overflow).
    const unlimited = 2n ** 256n - 1n;
    const permit = await signPermit(fx, fx.dave, unlimited, deadline);
    await fx.registry.write.buySimulationWithPermit(
      [id, 2n, unlimited, deadline, permit.v, permit.r, permit.s],
      {
        account: fx.dave.account,
      },
    );
    assert.equal((await fx.registry.read.jobOf([2n])).amount, 2_000n);
  });

  it("completion splits odd amounts with no dust at every burn rate 2–5%", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await twinWithOddRate(fx);
    const owner = fx.alice.account.address;
    for (const bps of [200n, 250n, 333n, 401n, 499n, 500n]) {
      await fx.fees.write.setServiceBurnBps([bps], { account: fx.admin.account });
      const jobId = await buy(fx, id, ODD_HOURS);
      const amount = ODD_RATE * ODD_HOURS;
      const split = expectedSplit(amount, bps);
      const burnedBefore = await fx.token.read.totalBurned();
      const ownerBefore = await fx.token.read.balanceOf([owner]);
      const revenueBefore = await fx.token.read.balanceOf([fx.revenue.address]);
      await viem.assertions.emitWithArgs(
        fx.registry.write.completeJob([jobId, hashOf(`result ${bps}`)], { account: fx.alice.account }),
        fx.registry,
        "JobCompleted",
        [
          jobId,
          id,
          getAddress(owner),
          hashOf(`result ${bps}`),
          split.burned,
          split.toPlatform,
          split.toOwner,
        ],
      );
      assert.equal((await fx.token.read.totalBurned()) - burnedBefore, split.burned, `burn at ${bps}`);
      assert.equal((await fx.token.read.balanceOf([owner])) - ownerBefore, split.toOwner);
      assert.equal((await fx.token.read.balanceOf([fx.revenue.address])) - revenueBefore, split.toPlatform);
      assert.equal(split.burned + split.toPlatform + split.toOwner, amount);
      assert.equal((await fx.registry.read.jobOf([jobId])).status, JobStatus.Completed);
    }
    assert.equal(await fx.registry.read.totalEscrowed(), 0n);
    // The platform share is ordinary revenue: the distributor splits it 40/30/20/10.
    await fx.revenue.write.distribute({ account: fx.buyer.account });
    await assertSolvent(fx);
  });

  it("ServiceFees.split loses no base unit at any rate 200 … 500 bps; governance bounds it to 2–5%", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    assert.equal(await fx.fees.read.serviceBurnBps(), 200n);
    for (const bps of [199n, 501n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.fees.write.setServiceBurnBps([bps], { account: fx.admin.account }),
        fx.fees,
        "ServiceBurnRateOutOfBounds",
        [bps, 200n, 500n],
      );
    }
    await viem.assertions.revertWithCustomError(
      fx.fees.write.setServiceBurnBps([300n], { account: fx.alice.account }),
      fx.fees,
      "AccessControlUnauthorizedAccount",
    );
    for (let bps = 200n; bps <= 500n; bps += 1n) {
      await fx.fees.write.setServiceBurnBps([bps], { account: fx.admin.account });
      for (const amount of [1n, 99n, 8_659n, 123_456_789n]) {
        const [burned, toPlatform, toProvider] = await fx.fees.read.split([amount]);
        const expected = expectedSplit(amount, bps);
        assert.deepEqual({ burned, toPlatform, toOwner: toProvider }, expected, `${amount} at ${bps}`);
      }
    }
  });

  it("completion needs the owner, a non-zero result hash and an open job before its deadline", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await register(fx, fx.alice);
    const jobId = await buy(fx, id, 2n);
    const { deadline } = await fx.registry.read.jobOf([jobId]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.completeJob([jobId, hashOf("r")], { account: fx.buyer.account }),
      fx.registry,
      "NotTwinOwner",
      [id, getAddress(fx.buyer.account.address)],
    );
    await viem.assertions.revertWithCustomError(
      fx.registry.write.completeJob([jobId, zeroHash], { account: fx.alice.account }),
      fx.registry,
      "EmptyHash",
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.completeJob([99n, hashOf("r")], { account: fx.alice.account }),
      fx.registry,
      "UnknownJob",
      [99n],
    );
    // On the deadline itself the owner may still complete.
    await time.setNextBlockTimestamp(BigInt(deadline));
    await fx.registry.write.completeJob([jobId, hashOf("r")], { account: fx.alice.account });
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.completeJob([jobId, hashOf("r")], { account: fx.alice.account }),
      fx.registry,
      "JobNotOpen",
      [jobId, JobStatus.Completed],
    );
    const late = await buy(fx, id, 2n);
    const lateJob = await fx.registry.read.jobOf([late]);
    await time.setNextBlockTimestamp(BigInt(lateJob.deadline) + 1n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.completeJob([late, hashOf("r")], { account: fx.alice.account }),
      fx.registry,
      "JobExpired",
      [late, BigInt(lateJob.deadline)],
    );
  });

  it("the owner declines an open job and the buyer gets every base unit back", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await twinWithOddRate(fx);
    const before = await fx.token.read.balanceOf([fx.buyer.account.address]);
    const jobId = await buy(fx, id, ODD_HOURS);
    await viem.assertions.revertWithCustomError(
      fx.registry.write.declineJob([jobId], { account: fx.buyer.account }),
      fx.registry,
      "NotTwinOwner",
    );
    await viem.assertions.emitWithArgs(
      fx.registry.write.declineJob([jobId], { account: fx.alice.account }),
      fx.registry,
      "JobDeclined",
      [jobId, id, getAddress(fx.buyer.account.address), 8_659n],
    );
    assert.equal(await fx.token.read.balanceOf([fx.buyer.account.address]), before);
    assert.equal((await fx.registry.read.jobOf([jobId])).status, JobStatus.Declined);
    await viem.assertions.revertWithCustomError(
      fx.registry.write.reclaimJob([jobId], { account: fx.buyer.account }),
      fx.registry,
      "JobNotOpen",
    );
    await assertSolvent(fx);
  });

  it("the buyer reclaims the whole payment only after the deadline, once", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await twinWithOddRate(fx);
    const before = await fx.token.read.balanceOf([fx.buyer.account.address]);
    const jobId = await buy(fx, id, ODD_HOURS);
    const deadline = BigInt((await fx.registry.read.jobOf([jobId])).deadline);
    await time.setNextBlockTimestamp(deadline);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.reclaimJob([jobId], { account: fx.buyer.account }),
      fx.registry,
      "JobNotExpired",
      [jobId, deadline],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.reclaimJob([jobId], { account: fx.alice.account }),
      fx.registry,
      "NotJobBuyer",
      [jobId, getAddress(fx.alice.account.address)],
    );
    await time.setNextBlockTimestamp(deadline + 1n);
    await viem.assertions.emitWithArgs(
      fx.registry.write.reclaimJob([jobId], { account: fx.buyer.account }),
      fx.registry,
      "JobReclaimed",
      [jobId, id, getAddress(fx.buyer.account.address), 8_659n],
    );
    assert.equal(await fx.token.read.balanceOf([fx.buyer.account.address]), before);
    assert.equal((await fx.registry.read.jobOf([jobId])).status, JobStatus.Reclaimed);
    await viem.assertions.revertWithCustomError(
      fx.registry.write.reclaimJob([jobId], { account: fx.buyer.account }),
      fx.registry,
      "JobNotOpen",
    );
    assert.equal(await fx.registry.read.totalEscrowed(), 0n);
    await assertSolvent(fx);
  });
});
