/**
 * BiveSwap: after the 90-day window the bonus nobody earned goes back to the governance timelock (at most 10%
 * of the swap pool can ever be paid as bonus, so without this part of the 20M would stay stranded).
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress } from "viem";
import { ALICE_BIVE, BONUS_POOL, BONUS_WINDOW, approveAndSwap, swapFixtures } from "../fixtures/BiveSwap.ts";

const { viem, networkHelpers } = await network.create();
const { fullPools, tinyBonusPool } = swapFixtures(viem, networkHelpers);

describe("BiveSwap unused early-holder bonus", () => {
  it("records the admin (the timelock) as the receiver of the unused bonus", async () => {
    const { swap, admin } = await networkHelpers.loadFixture(fullPools);
    assert.equal(await swap.read.timelock(), getAddress(admin.account.address));
  });

  it("reverts BonusWindowOpen inside the 90 days, up to the last second", async () => {
    const { swap, genesis, outsider } = await networkHelpers.loadFixture(fullPools);
    const endsAt = genesis + BONUS_WINDOW;
    await viem.assertions.revertWithCustomErrorWithArgs(
      swap.write.returnUnusedBonus({ account: outsider.account }),
      swap,
      "BonusWindowOpen",
      [endsAt],
    );
    await networkHelpers.time.setNextBlockTimestamp(endsAt - 1n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      swap.write.returnUnusedBonus({ account: outsider.account }),
      swap,
      "BonusWindowOpen",
      [endsAt],
    );
  });

  it("after the window anyone sends what is left of the bonus pool to the timelock, once", async () => {
    const fixture = await networkHelpers.loadFixture(fullPools);
    const { swap, dtaToken, biveToken, admin, alice, outsider, genesis } = fixture;
    await approveAndSwap(fixture, alice, ALICE_BIVE);
    const lockedBive = await biveToken.read.balanceOf([swap.address]);
    const paid = await swap.read.totalBonusPaid();
    assert.ok(paid > 0n, "alice earned a bonus");
    const left = BONUS_POOL - paid;
    const swapBalance = await dtaToken.read.balanceOf([swap.address]);
    const timelockBalance = await dtaToken.read.balanceOf([admin.account.address]);

    await networkHelpers.time.increaseTo(genesis + BONUS_WINDOW);
    await viem.assertions.emitWithArgs(
      swap.write.returnUnusedBonus({ account: outsider.account }),
      swap,
      "UnusedBonusReturned",
      [getAddress(outsider.account.address), getAddress(admin.account.address), left],
    );
    assert.equal(await swap.read.bonusPoolRemaining(), 0n);
    assert.equal(await dtaToken.read.balanceOf([swap.address]), swapBalance - left);
    assert.equal(await dtaToken.read.balanceOf([admin.account.address]), timelockBalance + left);
    assert.equal(await biveToken.read.balanceOf([swap.address]), lockedBive, "swapped BIVE stays locked");
    // The 1:1 swap pool is untouched and swaps go on, now without a bonus.
    assert.equal(await swap.read.swapPoolRemaining(), await dtaToken.read.balanceOf([swap.address]));

    await viem.assertions.revertWithCustomError(
      swap.write.returnUnusedBonus({ account: outsider.account }),
      swap,
      "NoUnusedBonus",
    );
  });

  it("reverts NoUnusedBonus when swappers used the whole bonus pool", async () => {
    const fixture = await networkHelpers.loadFixture(tinyBonusPool);
    const { swap, alice, bob, outsider, genesis } = fixture;
    // 0.15 DTA of bonus: a 1-BIVE swap takes 0.1, the next the 0.05 left.
    await approveAndSwap(fixture, alice, 10n ** 18n);
    await approveAndSwap(fixture, bob, 10n ** 18n);
    assert.equal(await swap.read.bonusPoolRemaining(), 0n);
    await networkHelpers.time.increaseTo(genesis + BONUS_WINDOW);
    await viem.assertions.revertWithCustomError(
      swap.write.returnUnusedBonus({ account: outsider.account }),
      swap,
      "NoUnusedBonus",
    );
  });

  it("rejects a zero Security Council at deployment", async () => {
    const { biveToken, dtaToken, admin, genesis } = await networkHelpers.loadFixture(fullPools);
    await assert.rejects(
      viem.deployContract("BiveSwap", [
        biveToken.address,
        dtaToken.address,
        genesis,
        admin.account.address,
        zeroAddress,
      ]),
      /ZeroAddress/,
    );
  });
});
