/** BiveSwap: setup and funding, the 1:1 conversion, the early-holder bonus and swap pool exhaustion. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress } from "viem";
import {
  ALICE_BIVE,
  BIVE_PER_DTA_UNIT,
  BOB_BIVE,
  BONUS_POOL,
  BONUS_WINDOW,
  DAY,
  SWAP_POOL,
  approveAndSwap,
  bive,
  dta,
  swapFixtures,
} from "../fixtures/BiveSwap.ts";

const { viem, networkHelpers } = await network.create();
const { fullPools, tinyBonusPool, tinySwapPool } = swapFixtures(viem, networkHelpers);

describe("BiveSwap", () => {
  describe("setup and funding", () => {
    it("derives the 18 → 4 decimal scaling and the constants", async () => {
      const { swap, biveToken, dtaToken, genesis } = await networkHelpers.loadFixture(fullPools);
      assert.equal(await biveToken.read.decimals(), 18);
      assert.equal(await dtaToken.read.decimals(), 4);
      assert.equal(await swap.read.biveUnitsPerDtaUnit(), BIVE_PER_DTA_UNIT);
      assert.equal(await swap.read.dtaUnitsPerBiveUnit(), 1n);
      assert.equal(await swap.read.BONUS_WINDOW(), BONUS_WINDOW);
      assert.equal(await swap.read.BONUS_BPS(), 1_000n);
      assert.equal(await swap.read.genesisTimestamp(), genesis);
      assert.equal(await swap.read.bive(), getAddress(biveToken.address));
      assert.equal(await swap.read.dta(), getAddress(dtaToken.address));
    });

    it("fundPools pulls both pools and records them", async () => {
      const { swap, dtaToken, holder } = await networkHelpers.loadFixture(fullPools);
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL);
      assert.equal(await dtaToken.read.balanceOf([swap.address]), 1_300_000_000_000n);
      assert.equal(await dtaToken.read.allowance([holder.account.address, swap.address]), 0n);

      await dtaToken.write.approve([swap.address, 30n], { account: holder.account });
      await viem.assertions.emitWithArgs(
        swap.write.fundPools([10n, 20n], { account: holder.account }),
        swap,
        "PoolsFunded",
        [getAddress(holder.account.address), 10n, 20n],
      );
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL + 10n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL + 20n);
    });

    it("the bonus window is open at genesis", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      assert.equal(await swap.read.bonusActive(), true);
    });
  });

  describe("1:1 conversion", () => {
    it("quotes 1 BIVE as 1 DTA (10,000 base units) plus a 10% bonus in the window", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      assert.deepEqual(await swap.read.quote([bive("1")]), [10_000n, 1_000n, bive("1")]);
      assert.deepEqual(await swap.read.quote([bive("123.4567")]), [1_234_567n, 123_456n, bive("123.4567")]);
      // One DTA base unit is the smallest swap; its 10% bonus rounds down to zero.
      assert.deepEqual(await swap.read.quote([BIVE_PER_DTA_UNIT]), [1n, 0n, BIVE_PER_DTA_UNIT]);
    });

    it("does not take dust below one DTA base unit (1e14 BIVE units)", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      assert.deepEqual(await swap.read.quote([bive("1") + BIVE_PER_DTA_UNIT - 1n]), [
        10_000n,
        1_000n,
        bive("1"),
      ]);
      assert.deepEqual(await swap.read.quote([BIVE_PER_DTA_UNIT - 1n]), [0n, 0n, 0n]);
    });

    it("swap takes only the BIVE it uses and pays DTA + bonus, updating every total", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, alice } = fixture;
      const offered = bive("2.5") + 12_345n; // 2.5 BIVE plus dust below one DTA base unit
      await approveAndSwap(fixture, alice, offered);

      assert.equal(await biveToken.read.balanceOf([alice.account.address]), ALICE_BIVE - bive("2.5"));
      assert.equal(await biveToken.read.allowance([alice.account.address, swap.address]), 12_345n);
      assert.equal(await biveToken.read.balanceOf([swap.address]), bive("2.5"));
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 25_000n + 2_500n);
      assert.equal(await swap.read.totalSwapped(), 25_000n);
      assert.equal(await swap.read.totalBonusPaid(), 2_500n);
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL - 25_000n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL - 2_500n);
      assert.equal(await dtaToken.read.balanceOf([swap.address]), SWAP_POOL + BONUS_POOL - 27_500n);
    });

    it("emits Swapped with the BIVE used, the DTA and the bonus", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, bob } = fixture;
      await biveToken.write.approve([swap.address, bive("10")], { account: bob.account });
      await viem.assertions.emitWithArgs(
        swap.write.swap([bive("7") + 1n], { account: bob.account }),
        swap,
        "Swapped",
        [getAddress(bob.account.address), bive("7"), 70_000n, 7_000n],
      );
    });

    it("returns the amounts paid from swap()", async () => {
      const { swap, biveToken, alice } = await networkHelpers.loadFixture(fullPools);
      await biveToken.write.approve([swap.address, bive("3")], { account: alice.account });
      const { result } = await swap.simulate.swap([bive("3")], { account: alice.account.address });
      assert.deepEqual(result, [30_000n, 3_000n]);
    });

    it("swaps a holder's whole balance in one go", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { biveToken, dtaToken, swap, alice } = fixture;
      await approveAndSwap(fixture, alice, ALICE_BIVE);
      assert.equal(await biveToken.read.balanceOf([alice.account.address]), 0n);
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), dta("1100"));
      assert.equal(await swap.read.totalSwapped(), dta("1000"));
      assert.equal(await swap.read.totalBonusPaid(), dta("100"));
    });

    it("reverts ZeroAmount for 0 BIVE and for dust that converts to 0 DTA", async () => {
      const { swap, biveToken, alice } = await networkHelpers.loadFixture(fullPools);
      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await viem.assertions.revertWithCustomError(
        swap.write.swap([0n], { account: alice.account }),
        swap,
        "ZeroAmount",
      );
      await viem.assertions.revertWithCustomError(
        swap.write.swap([BIVE_PER_DTA_UNIT - 1n], { account: alice.account }),
        swap,
        "ZeroAmount",
      );
      assert.equal(await biveToken.read.balanceOf([alice.account.address]), ALICE_BIVE);
      assert.equal(await swap.read.totalSwapped(), 0n);
    });
  });

  describe("early-holder bonus", () => {
    it("pays 10% just before day 90 and nothing from day 90 on", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, genesis, alice, bob } = fixture;
      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await biveToken.write.approve([swap.address, bive("1")], { account: bob.account });

      // Mined at genesis + 90 days - 1 second: still inside the window.
      await networkHelpers.time.setNextBlockTimestamp(genesis + BONUS_WINDOW - 1n);
      await viem.assertions.emitWithArgs(
        swap.write.swap([bive("1")], { account: alice.account }),
        swap,
        "Swapped",
        [getAddress(alice.account.address), bive("1"), 10_000n, 1_000n],
      );
      assert.equal(BigInt(await networkHelpers.time.latest()), genesis + BONUS_WINDOW - 1n);
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 11_000n);

      // Mined at exactly genesis + 90 days: the window has closed.
      await networkHelpers.time.setNextBlockTimestamp(genesis + BONUS_WINDOW);
      await viem.assertions.emitWithArgs(
        swap.write.swap([bive("1")], { account: bob.account }),
        swap,
        "Swapped",
        [getAddress(bob.account.address), bive("1"), 10_000n, 0n],
      );
      assert.equal(BigInt(await networkHelpers.time.latest()), genesis + BONUS_WINDOW);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 10_000n);
      assert.equal(await swap.read.totalBonusPaid(), 1_000n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL - 1_000n);
    });

    it("quotes no bonus and bonusActive is false after the window", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, dtaToken, genesis, carol } = fixture;
      await networkHelpers.time.increaseTo(genesis + 200n * DAY);
      assert.equal(await swap.read.bonusActive(), false);
      assert.deepEqual(await swap.read.quote([bive("5")]), [50_000n, 0n, bive("5")]);
      await approveAndSwap(fixture, carol, bive("5"));
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 50_000n);
      assert.equal(await swap.read.totalSwapped(), 50_000n);
      assert.equal(await swap.read.totalBonusPaid(), 0n);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL);
    });

    it("caps the bonus at what remains in the pool, then pays none, and swaps keep working", async () => {
      const fixture = await networkHelpers.loadFixture(tinyBonusPool);
      const { swap, dtaToken, alice, bob, carol } = fixture;
      assert.equal(await swap.read.bonusPoolRemaining(), 1_500n);

      await viem.assertions.emitWithArgs(approveAndSwap(fixture, alice, bive("1")), swap, "Swapped", [
        getAddress(alice.account.address),
        bive("1"),
        10_000n,
        1_000n,
      ]);
      assert.equal(await swap.read.bonusPoolRemaining(), 500n);
      assert.deepEqual(await swap.read.quote([bive("1")]), [10_000n, 500n, bive("1")]);

      // Mid-swap exhaustion: a 10% bonus of 1,000 is capped at the 500 left.
      await viem.assertions.emitWithArgs(approveAndSwap(fixture, bob, bive("1")), swap, "Swapped", [
        getAddress(bob.account.address),
        bive("1"),
        10_000n,
        500n,
      ]);
      assert.equal(await swap.read.bonusPoolRemaining(), 0n);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 10_500n);

      await viem.assertions.emitWithArgs(approveAndSwap(fixture, carol, bive("1")), swap, "Swapped", [
        getAddress(carol.account.address),
        bive("1"),
        10_000n,
        0n,
      ]);
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 10_000n);
      assert.equal(await swap.read.totalSwapped(), 30_000n);
      assert.equal(await swap.read.totalBonusPaid(), 1_500n);
      assert.equal(await dtaToken.read.balanceOf([swap.address]), SWAP_POOL - 30_000n);
    });
  });

  describe("swap pool exhaustion", () => {
    it("reverts SwapPoolExhausted(requested, available) once the pool cannot cover a swap", async () => {
      const fixture = await networkHelpers.loadFixture(tinySwapPool);
      const { swap, biveToken, dtaToken, alice, bob } = fixture;
      await approveAndSwap(fixture, alice, bive("1"));
      assert.equal(await swap.read.swapPoolRemaining(), 5_000n);

      await biveToken.write.approve([swap.address, bive("1")], { account: bob.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swap([bive("1")], { account: bob.account }),
        swap,
        "SwapPoolExhausted",
        [10_000n, 5_000n],
      );
      assert.equal(await biveToken.read.balanceOf([bob.account.address]), BOB_BIVE);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 0n);

      // Exactly what is left still goes through, leaving the pool empty.
      await swap.write.swap([bive("0.5")], { account: bob.account });
      assert.equal(await swap.read.swapPoolRemaining(), 0n);
      assert.equal(await dtaToken.read.balanceOf([bob.account.address]), 5_000n + 500n);
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swap([BIVE_PER_DTA_UNIT], { account: bob.account }),
        swap,
        "SwapPoolExhausted",
        [1n, 0n],
      );
      assert.equal(await swap.read.totalSwapped(), 15_000n);
    });
  });
});
