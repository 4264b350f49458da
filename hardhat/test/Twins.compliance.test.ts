/**
 * DTA's blacklist and pause reach through the twins (issue 11): no twin moves from or to a blacklisted
 * address or while DTA is paused, nothing is paid to a blacklisted address; and the registry is a real
 * staking bonus source: an active twin's owner gets DTAStaking's +20%.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, type Address } from "viem";
import {
  DAY,
  buy,
  deployTwins,
  hashOf,
  register,
  score,
  sync,
  type TwinsFixture,
} from "../fixtures/Twins.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployTwins(viem);

async function blacklist(fx: TwinsFixture, account: Address, listed = true): Promise<void> {
  await fx.token.write.setBlacklisted([account, listed], { account: fx.admin.account });
}

describe("TwinRegistry compliance", () => {
  it("no twin moves to or from a blacklisted address", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const id = await register(fx, fx.alice);
    await blacklist(fx, bob);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.transferFrom([alice, bob, id], { account: fx.alice.account }),
      fx.registry,
      "AccountBlacklisted",
      [getAddress(bob)],
    );
    await blacklist(fx, bob, false);
    await fx.registry.write.approve([bob, id], { account: fx.alice.account });
    await blacklist(fx, alice);
    // Not even an approved operator can carry a blacklisted owner's twin (and its bond) out.
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.transferFrom([alice, bob, id], { account: fx.bob.account }),
      fx.registry,
      "AccountBlacklisted",
      [getAddress(alice)],
    );
  });

  it("nothing is paid to a blacklisted owner or buyer: claim, completion, bond, refund", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, buyer] = [fx.alice.account.address, fx.buyer.account.address];
    const id = await register(fx, fx.alice);
    await sync(fx, id, fx.alice);
    const job = await buy(fx, id, 2n);
    const refundJob = await buy(fx, id, 3n);
    await networkHelpers.time.increase(DAY);
    await blacklist(fx, alice);
    for (const write of [
      fx.registry.write.claimRewards([id], { account: fx.alice.account }),
      fx.registry.write.completeJob([job, hashOf("r")], { account: fx.alice.account }),
    ]) {
      await viem.assertions.revertWithCustomErrorWithArgs(write, fx.registry, "AccountBlacklisted", [
        getAddress(alice),
      ]);
    }
    await blacklist(fx, alice, false);
    await blacklist(fx, buyer);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.declineJob([refundJob], { account: fx.alice.account }),
      fx.registry,
      "AccountBlacklisted",
      [getAddress(buyer)],
    );
    await networkHelpers.time.increase(7n * DAY);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.reclaimJob([refundJob], { account: fx.buyer.account }),
      fx.registry,
      "AccountBlacklisted",
      [getAddress(buyer)],
    );
    await fx.registry.write.deregister([id], { account: fx.alice.account });
    await networkHelpers.time.increase(7n * DAY);
    await blacklist(fx, alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.registry.write.withdrawBond([id], { account: fx.alice.account }),
      fx.registry,
      "AccountBlacklisted",
      [getAddress(alice)],
    );
  });

  it("while DTA is paused no twin moves and nothing is paid or bought; syncs are still recorded", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const id = await register(fx, fx.alice);
    await sync(fx, id, fx.alice);
    await networkHelpers.time.increase(DAY);
    await fx.token.write.pause({ account: fx.admin.account });
    for (const write of [
      fx.registry.write.transferFrom([alice, bob, id], { account: fx.alice.account }),
      fx.registry.write.claimRewards([id], { account: fx.alice.account }),
      fx.registry.write.buySimulation([id, 1n, 1_000n], { account: fx.buyer.account }),
      fx.registry.write.register([0, "c", "ipfs://u"], { account: fx.bob.account }),
    ]) {
      await viem.assertions.revertWithCustomError(write, fx.registry, "TokenPaused");
    }
    await sync(fx, id, fx.alice, "paused");
    await fx.token.write.unpause({ account: fx.admin.account });
    await fx.registry.write.claimRewards([id], { account: fx.alice.account });
  });
});

describe("TwinRegistry as DTAStaking's twin bonus source", () => {
  async function withStaking() {
    const fx = await deployTwins(viem);
    const staking = await viem.deployContract("DTAStaking", [
      fx.token.address,
      fx.admin.account.address,
      fx.admin.account.address,
    ]);
    await staking.write.setBonusSource([0, fx.registry.address], { account: fx.admin.account });
    return { ...fx, staking };
  }

  it("an active twin's owner gets +20%; suspension or deregistration takes it away", async () => {
    const fx = await networkHelpers.loadFixture(withStaking);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const amount = 50_000n * 10_000n;
    const baseApy = await fx.staking.read.effectiveApyBps([alice, amount, 0n]);
    assert.deepEqual(await fx.staking.read.bonusesOf([alice]), [[false, false, false, false], 0n]);
    const id = await register(fx, fx.alice);
    assert.deepEqual(await fx.staking.read.bonusesOf([alice]), [[true, false, false, false], 20n]);
    assert.equal(await fx.staking.read.effectiveApyBps([alice, amount, 0n]), (baseApy * 120n) / 100n);
    assert.deepEqual(await fx.staking.read.bonusesOf([bob]), [[false, false, false, false], 0n]);

    await score(fx, id, 49n);
    assert.equal((await fx.staking.read.bonusesOf([alice]))[1], 0n, "suspended");
    await score(fx, id, 50n);
    assert.equal((await fx.staking.read.bonusesOf([alice]))[1], 20n, "reinstated");
    // Two twins: deregistering one keeps the bonus, deregistering both ends it.
    const second = await register(fx, fx.alice, 2);
    await fx.registry.write.deregister([id], { account: fx.alice.account });
    assert.equal((await fx.staking.read.bonusesOf([alice]))[1], 20n);
    await fx.registry.write.deregister([second], { account: fx.alice.account });
    assert.equal((await fx.staking.read.bonusesOf([alice]))[1], 0n);
    assert.equal(await fx.registry.read.activeTwinCount([alice]), 0n);
  });
});
