/**
 * Governance may withdraw only the unreserved rewards pool (issue 8, item 5): never principal, never a
 * reserved reward, so every open position stays fully backed.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress } from "viem";
import { DAY, STAKING_POOL, assertSolvent, deployStaking, dta, stake } from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);

describe("DTAStaking withdrawUnreservedRewards", () => {
  it("moves exactly the unreserved pool and refuses one base unit more", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const admin = fx.admin.account.address;
    const id = await stake(fx, fx.alice, dta("500000"), 365n);
    const reserved = (await fx.staking.read.position([id])).reserved;
    const available = await fx.staking.read.poolAvailable();
    assert.equal(available, STAKING_POOL - reserved);

    // One unit more would take from alice's reserved reward: refused.
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.withdrawUnreservedRewards([admin, available + 1n], { account: fx.admin.account }),
      fx.staking,
      "ExceedsUnreservedPool",
      [available + 1n, available],
    );
    const before = await fx.token.read.balanceOf([admin]);
    await viem.assertions.emitWithArgs(
      fx.staking.write.withdrawUnreservedRewards([admin, available], { account: fx.admin.account }),
      fx.staking,
      "UnreservedRewardsWithdrawn",
      [getAddress(admin), available],
    );
    assert.equal(await fx.token.read.balanceOf([admin]), before + available);
    assert.equal(await fx.staking.read.poolAvailable(), 0n);
    await assertSolvent(fx);
    // Nothing unreserved is left: even one unit would now be principal or reserve.
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.withdrawUnreservedRewards([admin, 1n], { account: fx.admin.account }),
      fx.staking,
      "ExceedsUnreservedPool",
      [1n, 0n],
    );

    // The position still pays its principal and its whole reward.
    await networkHelpers.time.increase(365n * DAY);
    const aliceBefore = await fx.token.read.balanceOf([fx.alice.account.address]);
    await fx.staking.write.unstake([id], { account: fx.alice.account });
    assert.equal(
      await fx.token.read.balanceOf([fx.alice.account.address]),
      aliceBefore + dta("500000") + reserved,
    );
  });

  it("is governance's alone, to a real address, for a real amount", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const bob = fx.bob.account.address;
    await viem.assertions.revertWithCustomError(
      fx.staking.write.withdrawUnreservedRewards([bob, dta("1")], { account: fx.bob.account }),
      fx.staking,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.withdrawUnreservedRewards([zeroAddress, dta("1")], { account: fx.admin.account }),
      fx.staking,
      "ZeroAddress",
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.withdrawUnreservedRewards([bob, 0n], { account: fx.admin.account }),
      fx.staking,
      "ZeroAmount",
    );
  });
});
