/** BiveSwap guards: locked BIVE, pausing (guardian role) and the DTA blacklist. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, parseEventLogs } from "viem";
import {
  ALICE_BIVE,
  BONUS_POOL,
  SWAP_POOL,
  approveAndSwap,
  bive,
  deadlineIn,
  signBivePermit,
  swapFixtures,
} from "../fixtures/BiveSwap.ts";

const { viem, networkHelpers } = await network.create();
const { fullPools } = swapFixtures(viem, networkHelpers);

describe("BiveSwap", () => {
  describe("BIVE is locked", () => {
    it("has no state-changing function besides swapping, funding, returning the unused bonus, pausing and roles", async () => {
      const { swap } = await networkHelpers.loadFixture(fullPools);
      const functions = swap.abi.filter((item) => item.type === "function");
      const readOnly = new Set<string>(["view", "pure"]);
      assert.ok(
        functions.some((item) => readOnly.has(item.stateMutability)),
        "the ABI lists view functions",
      );
      const mutating = functions
        .filter((item) => !readOnly.has(item.stateMutability))
        .map((item) => item.name)
        .sort();
      assert.deepEqual(mutating, [
        "fundPools",
        "grantRole",
        "pause",
        "renounceRole",
        "returnUnusedBonus",
        "revokeRole",
        "swap",
        "swapWithPermit",
        "unpause",
      ]);
      const outflows = functions.filter((item) =>
        /withdraw|rescue|recover|sweep|skim|transfer|drain/i.test(item.name),
      );
      assert.deepEqual(outflows, []);
    });

    it("the swap contract's BIVE balance only grows, and the BIVE supply is unchanged", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, admin, alice, bob, carol } = fixture;
      const supply = await biveToken.read.totalSupply();
      const balances: bigint[] = [await biveToken.read.balanceOf([swap.address])];
      for (const [wallet, amount] of [
        [alice, bive("1")],
        [bob, bive("0.0001")],
        [carol, bive("499")],
        [alice, bive("42.4242")],
      ] as const) {
        await approveAndSwap(fixture, wallet, amount);
        balances.push(await biveToken.read.balanceOf([swap.address]));
      }
      await swap.write.pause({ account: admin.account });
      await swap.write.unpause({ account: admin.account });
      balances.push(await biveToken.read.balanceOf([swap.address]));

      assert.deepEqual(balances, [
        0n,
        bive("1"),
        bive("1.0001"),
        bive("500.0001"),
        bive("542.4243"),
        bive("542.4243"),
      ]);
      assert.equal(await biveToken.read.totalSupply(), supply);
      // Nobody holds an allowance over the locked BIVE.
      for (const { account } of [admin, alice, bob, carol]) {
        assert.equal(await biveToken.read.allowance([swap.address, account.address]), 0n);
      }
    });
  });

  describe("pause", () => {
    it("the guardian pauses: swap and swapWithPermit revert EnforcedPause until unpaused", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, admin, alice, carol } = fixture;
      await viem.assertions.emitWithArgs(swap.write.pause({ account: admin.account }), swap, "Paused", [
        getAddress(admin.account.address),
      ]);
      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await viem.assertions.revertWithCustomError(
        swap.write.swap([bive("1")], { account: alice.account }),
        swap,
        "EnforcedPause",
      );
      const deadline = await deadlineIn(networkHelpers, 3_600);
      const { v, r, s } = await signBivePermit(fixture, carol, swap.address, bive("1"), deadline);
      await viem.assertions.revertWithCustomError(
        swap.write.swapWithPermit([bive("1"), deadline, v, r, s], { account: carol.account }),
        swap,
        "EnforcedPause",
      );

      await swap.write.unpause({ account: admin.account });
      await swap.write.swap([bive("1")], { account: alice.account });
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 11_000n);
    });

    it("only the guardian may pause or unpause", async () => {
      const { swap, admin, outsider } = await networkHelpers.loadFixture(fullPools);
      const guardian = await swap.read.GUARDIAN_ROLE();
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.pause({ account: outsider.account }),
        swap,
        "AccessControlUnauthorizedAccount",
        [getAddress(outsider.account.address), guardian],
      );
      await swap.write.pause({ account: admin.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.unpause({ account: outsider.account }),
        swap,
        "AccessControlUnauthorizedAccount",
        [getAddress(outsider.account.address), guardian],
      );
      assert.equal(await swap.read.paused(), true);
    });
  });

  describe("blacklist", () => {
    it("a blacklisted account cannot receive DTA: the swap reverts AccountBlacklisted and nothing moves", async () => {
      const fixture = await networkHelpers.loadFixture(fullPools);
      const { swap, biveToken, dtaToken, admin, alice, publicClient } = fixture;
      const hash = await dtaToken.write.setBlacklisted([alice.account.address, true], {
        account: admin.account,
      });
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      const [log] = parseEventLogs({ abi: dtaToken.abi, eventName: "BlacklistUpdated", logs: receipt.logs });
      assert.equal(log?.args.blacklisted, true);

      await biveToken.write.approve([swap.address, bive("1")], { account: alice.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        swap.write.swap([bive("1")], { account: alice.account }),
        dtaToken,
        "AccountBlacklisted",
        [getAddress(alice.account.address)],
      );
      assert.equal(await biveToken.read.balanceOf([alice.account.address]), ALICE_BIVE);
      assert.equal(await biveToken.read.balanceOf([swap.address]), 0n);
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 0n);
      assert.equal(await swap.read.swapPoolRemaining(), SWAP_POOL);
      assert.equal(await swap.read.bonusPoolRemaining(), BONUS_POOL);
      assert.equal(await swap.read.totalSwapped(), 0n);

      await dtaToken.write.setBlacklisted([alice.account.address, false], { account: admin.account });
      await swap.write.swap([bive("1")], { account: alice.account });
      assert.equal(await dtaToken.read.balanceOf([alice.account.address]), 11_000n);
    });
  });
});
