/** BiveSwap.swapWithPermit: one EIP-2612 signature instead of an approval, front-run permits, wrong signers. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress } from "viem";
import { CAROL_BIVE, bive, deadlineIn, signBivePermit, swapFixtures } from "../fixtures/BiveSwap.ts";

const { viem, networkHelpers } = await network.create();
const { fullPools } = swapFixtures(viem, networkHelpers);

describe("BiveSwap", () => {
  describe("swapWithPermit", () => {
    it("swaps with one real EIP-712 permit signature and no prior approval", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, carol } = fixture;
      const amount = bive("12.3456");
      const deadline = await deadlineIn(networkHelpers, 3_600);
      assert.equal(await biveToken.read.allowance([carol.account.address, swap.address]), 0n);
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, amount, deadline);

      await viem.assertions.emitWithArgs(
        swap.write.swapWithPermit([amount, deadline, v, r, s], { account: carol.account }),
        swap,
        "Swapped",
        [getAddress(carol.account.address), amount, 123_456n, 12_345n],
      );
      assert.equal(await biveToken.read.nonces([carol.account.address]), 1n);
      assert.equal(await biveToken.read.allowance([carol.account.address, swap.address]), 0n);
      assert.equal(await biveToken.read.balanceOf([carol.account.address]), CAROL_BIVE - amount);
      assert.equal(await biveToken.read.balanceOf([swap.address]), amount);
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 123_456n + 12_345n);
    });

    it("still swaps when the permit was front-run, using the allowance it already set", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, carol, outsider } = fixture;
      const amount = bive("2");
      const deadline = await deadlineIn(networkHelpers, 3_600);
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, amount, deadline);
      await biveToken.write.permit([carol.account.address, swap.address, amount, deadline, v, r, s], {
        account: outsider.account,
      });
      await swap.write.swapWithPermit([amount, deadline, v, r, s], { account: carol.account });
      assert.equal(await dtaToken.read.balanceOf([carol.account.address]), 22_000n);
      assert.equal(await biveToken.read.allowance([carol.account.address, swap.address]), 0n);
    });

    it("fails without allowance when the signature is not the caller's", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, carol, bob } = fixture;
      const amount = bive("1");
      const deadline = await deadlineIn(networkHelpers, 3_600);
      // Carol signs, Bob submits: the permit names Bob as owner, so it fails and Bob has no allowance.
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, amount, deadline);
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swapWithPermit([amount, deadline, v, r, s], { account: bob.account }),
        biveToken,
        "ERC20InsufficientAllowance",
        [getAddress(swap.address), 0n, amount],
      );
      assert.equal(await biveToken.read.nonces([carol.account.address]), 0n);
      assert.equal(await swap.read.totalSwapped(), 0n);
    });
  });
});
