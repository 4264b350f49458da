/**
 * DTA's blacklist and token-wide pause reach through the staking receipts (issue 8, item 1): a receipt cannot
 * move from or to a blacklisted address or while DTA is paused, and a blacklisted owner can neither claim,
 * compound, take a top-up nor leave.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, type Address } from "viem";
import { DAY, assertSolvent, deployStaking, dta, stake, type StakingFixture } from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);

async function blacklist(fx: StakingFixture, account: Address, listed = true): Promise<void> {
  await fx.token.write.setBlacklisted([account, listed], { account: fx.admin.account });
}

describe("DTAStaking compliance through receipts", () => {
  it("a blacklisted holder cannot exit by handing the receipt to a clean address", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const id = await stake(fx, fx.alice, dta("100000"), 365n);
    // bob was approved before the listing: an operator cannot carry the receipt out either.
    await fx.staking.write.approve([bob, id], { account: fx.alice.account });
    await networkHelpers.time.increase(10n * DAY);
    await blacklist(fx, alice);

    // Its own exit is refused by the token itself (the payout to alice)...
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.unstakeEarly([id], { account: fx.alice.account }),
      fx.token,
      "AccountBlacklisted",
      [getAddress(alice)],
    );
    // ...and so is handing the receipt (and with it ~100K DTA) to a clean address.
    for (const [caller, label] of [
      [fx.alice, "owner"],
      [fx.bob, "approved operator"],
    ] as const) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.staking.write.transferFrom([alice, bob, id], { account: caller.account }),
        fx.staking,
        "AccountBlacklisted",
        [getAddress(alice)],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.staking.write.safeTransferFrom([alice, bob, id], { account: caller.account }),
        fx.staking,
        "AccountBlacklisted",
        [getAddress(alice)],
      );
      assert.equal(await fx.staking.read.ownerOf([id]), getAddress(alice), label);
    }
    // Nor claim, compound or be topped up, by itself or by its operator.
    for (const caller of [fx.alice, fx.bob]) {
      for (const action of [
        fx.staking.write.claim([id], { account: caller.account }),
        fx.staking.write.compound([id], { account: caller.account }),
        fx.staking.write.stakeMore([id, dta("1000")], { account: caller.account }),
      ]) {
        await viem.assertions.revertWithCustomErrorWithArgs(action, fx.staking, "AccountBlacklisted", [
          getAddress(alice),
        ]);
      }
    }
    // Nor leave after unlock.
    await networkHelpers.time.increase(365n * DAY);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.unstake([id], { account: fx.alice.account }),
      fx.staking,
      "AccountBlacklisted",
      [getAddress(alice)],
    );

    // Lifting the listing restores every path.
    await blacklist(fx, alice, false);
    await fx.staking.write.transferFrom([alice, bob, id], { account: fx.bob.account });
    await fx.staking.write.unstake([id], { account: fx.bob.account });
    await assertSolvent(fx);
  });

  it("a clean address cannot move value to a blacklisted one: no receipt transfer, no top-up", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const aliceId = await stake(fx, fx.alice, dta("5000"), 90n);
    const bobId = await stake(fx, fx.bob, dta("1000"), 90n);
    // alice is approved on bob's position (stakeMore needs owner or operator), then bob is listed.
    await fx.staking.write.approve([alice, bobId], { account: fx.bob.account });
    await blacklist(fx, bob);

    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.transferFrom([alice, bob, aliceId], { account: fx.alice.account }),
      fx.staking,
      "AccountBlacklisted",
      [getAddress(bob)],
    );
    const principalBefore = (await fx.staking.read.position([bobId])).principal;
    const aliceBalance = await fx.token.read.balanceOf([alice]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.stakeMore([bobId, dta("100000")], { account: fx.alice.account }),
      fx.staking,
      "AccountBlacklisted",
      [getAddress(bob)],
    );
    assert.equal((await fx.staking.read.position([bobId])).principal, principalBefore);
    assert.equal(await fx.token.read.balanceOf([alice]), aliceBalance);
    assert.deepEqual(await fx.staking.read.positionsOf([bob]), [bobId]);

    // A listed operator cannot move a clean owner's receipt either (as it cannot spend a DTA allowance).
    await fx.staking.write.approve([bob, aliceId], { account: fx.alice.account });
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.transferFrom([alice, fx.carol.account.address, aliceId], { account: fx.bob.account }),
      fx.staking,
      "AccountBlacklisted",
      [getAddress(bob)],
    );
  });

  it("receipts do not move while DTA is paused, and DTA's pause also stops claims and exits", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const id = await stake(fx, fx.alice, dta("10000"), 30n);
    await networkHelpers.time.increase(5n * DAY);
    await fx.token.write.pause({ account: fx.admin.account });

    await viem.assertions.revertWithCustomError(
      fx.staking.write.transferFrom([alice, bob, id], { account: fx.alice.account }),
      fx.staking,
      "TokenPaused",
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.claim([id], { account: fx.alice.account }),
      fx.token,
      "EnforcedPause",
    );
    await viem.assertions.revertWithCustomError(
      fx.staking.write.unstakeEarly([id], { account: fx.alice.account }),
      fx.token,
      "EnforcedPause",
    );
    await networkHelpers.time.increase(30n * DAY);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.unstake([id], { account: fx.alice.account }),
      fx.token,
      "EnforcedPause",
    );
    assert.equal(await fx.staking.read.ownerOf([id]), getAddress(alice));

    await fx.token.write.unpause({ account: fx.admin.account });
    await fx.staking.write.transferFrom([alice, bob, id], { account: fx.alice.account });
    assert.deepEqual(await fx.staking.read.positionsOf([bob]), [id]);
    await fx.staking.write.unstake([id], { account: fx.bob.account });
    await assertSolvent(fx);
  });
});
