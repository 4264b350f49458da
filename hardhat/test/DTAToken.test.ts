/** DTAToken: metadata, genesis supply, no mint path, burning and pausing (guardian role). */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress, type Hex } from "viem";
import { GENESIS_SUPPLY, deployDTAToken, dta, getWallets } from "../fixtures/DTAToken.ts";

const { viem, networkHelpers } = await network.create();
const deployToken = () => deployDTAToken(viem);

describe("DTAToken", () => {
  describe("metadata and genesis supply", () => {
    it("uses 4 decimals, the spec name and the DTA symbol", async () => {
      const { token } = await networkHelpers.loadFixture(deployToken);
      assert.equal(await token.read.decimals(), 4);
      assert.equal(await token.read.name(), "Digital Twin AI Token");
      assert.equal(await token.read.symbol(), "DTA");
    });

    it("mints exactly 1,000,000,000 DTA, all of it to the genesis holder", async () => {
      const { admin, holder } = await getWallets(viem);
      const token = await viem.deployContract("DTAToken", [
        holder.account.address,
        admin.account.address,
        admin.account.address,
      ]);
      assert.equal(GENESIS_SUPPLY, 10_000_000_000_000n);
      assert.equal(await token.read.GENESIS_SUPPLY(), GENESIS_SUPPLY);
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY);
      assert.equal(await token.read.balanceOf([holder.account.address]), GENESIS_SUPPLY);
      assert.equal(await token.read.balanceOf([admin.account.address]), 0n);
      assert.equal(await token.read.totalBurned(), 0n);
    });

    it("emits one genesis Transfer from the zero address", async () => {
      const { admin, holder } = await getWallets(viem);
      const token = await viem.deployContract("DTAToken", [
        holder.account.address,
        admin.account.address,
        admin.account.address,
      ]);
      const publicClient = await viem.getPublicClient();
      const events = await publicClient.getContractEvents({
        address: token.address,
        abi: token.abi,
        eventName: "Transfer",
        fromBlock: 0n,
      });
      assert.equal(events.length, 1);
      assert.equal(events[0]?.args.from, zeroAddress);
      assert.equal(events[0]?.args.to, getAddress(holder.account.address));
      assert.equal(events[0]?.args.value, GENESIS_SUPPLY);
    });

    it("rejects a zero genesis holder, a zero admin or a zero Security Council", async () => {
      const { admin, holder } = await getWallets(viem);
      const [h, a] = [holder.account.address, admin.account.address];
      for (const args of [
        [zeroAddress, a, a],
        [h, zeroAddress, a],
        [h, a, zeroAddress],
      ] as const) {
        await assert.rejects(viem.deployContract("DTAToken", [...args]), /ZeroAddress/);
      }
    });

    it("gives the admin only DEFAULT_ADMIN, the Security Council GUARDIAN and COMPLIANCE, the holder none", async () => {
      const { admin, holder, carol: council } = await getWallets(viem);
      const token = await viem.deployContract("DTAToken", [
        holder.account.address,
        admin.account.address,
        council.account.address,
      ]);
      const [adminRole, guardian, compliance] = [
        await token.read.DEFAULT_ADMIN_ROLE(),
        await token.read.GUARDIAN_ROLE(),
        await token.read.COMPLIANCE_ROLE(),
      ];
      const holds = (role: `0x${string}`, who: { account: { address: `0x${string}` } }) =>
        token.read.hasRole([role, who.account.address]);
      assert.deepEqual(
        await Promise.all([holds(adminRole, admin), holds(guardian, admin), holds(compliance, admin)]),
        [true, false, false],
      );
      assert.deepEqual(
        await Promise.all([holds(adminRole, council), holds(guardian, council), holds(compliance, council)]),
        [false, true, true],
      );
      for (const role of [adminRole, guardian, compliance]) assert.equal(await holds(role, holder), false);
    });
  });

  describe("no mint path", () => {
    it("has no function whose name contains mint or issue in its ABI", async () => {
      const { token } = await networkHelpers.loadFixture(deployToken);
      const functions = token.abi.filter((item) => item.type === "function");
      assert.ok(functions.length > 20, "the ABI should list the token's functions");
      const minting = functions.filter((item) => /mint|issue/i.test(item.name));
      assert.deepEqual(minting, []);
    });

    it("never raises the supply: transfers, approvals, pause and blacklist leave it unchanged", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, admin, holder, alice, bob } = fixture;
      const supply = async () => token.read.totalSupply();
      assert.equal(await supply(), GENESIS_SUPPLY);

      await token.write.transfer([alice.account.address, dta("12.3456")], { account: holder.account });
      await token.write.approve([bob.account.address, dta("5")], { account: alice.account });
      await token.write.transferFrom([alice.account.address, bob.account.address, dta("5")], {
        account: bob.account,
      });
      await token.write.pause({ account: admin.account });
      await token.write.unpause({ account: admin.account });
      await token.write.setBlacklisted([bob.account.address, true], { account: admin.account });
      await token.write.setBlacklisted([bob.account.address, false], { account: admin.account });
      assert.equal(await supply(), GENESIS_SUPPLY);

      await token.write.burn([dta("1")], { account: alice.account });
      assert.equal(await supply(), GENESIS_SUPPLY - dta("1"));
    });
  });

  describe("burn", () => {
    it("burn lowers the supply and the balance and raises totalBurned", async () => {
      const { token, alice } = await networkHelpers.loadFixture(deployToken);
      const amount = dta("250.5");
      const tx = token.write.burn([amount], { account: alice.account });
      await viem.assertions.emitWithArgs(tx, token, "Transfer", [
        getAddress(alice.account.address),
        zeroAddress,
        amount,
      ]);
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY - amount);
      assert.equal(await token.read.totalBurned(), amount);
      assert.equal(await token.read.balanceOf([alice.account.address]), dta("1000") - amount);
    });

    it("burnFrom spends the allowance, lowers the supply and raises totalBurned", async () => {
      const { token, alice, carol } = await networkHelpers.loadFixture(deployToken);
      await token.write.approve([carol.account.address, dta("100")], { account: alice.account });
      await token.write.burnFrom([alice.account.address, dta("40")], { account: carol.account });
      assert.equal(await token.read.allowance([alice.account.address, carol.account.address]), dta("60"));
      assert.equal(await token.read.balanceOf([alice.account.address]), dta("960"));
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY - dta("40"));
      assert.equal(await token.read.totalBurned(), dta("40"));
    });

    it("totalBurned accumulates across burns so that supply + burned stays the genesis supply", async () => {
      const { token, alice, bob, carol } = await networkHelpers.loadFixture(deployToken);
      await token.write.burn([dta("1")], { account: alice.account });
      await token.write.burn([dta("2.0001")], { account: bob.account });
      await token.write.approve([carol.account.address, dta("3")], { account: bob.account });
      await token.write.burnFrom([bob.account.address, dta("3")], { account: carol.account });
      assert.equal(await token.read.totalBurned(), dta("6.0001"));
      assert.equal((await token.read.totalSupply()) + (await token.read.totalBurned()), GENESIS_SUPPLY);
    });

    it("cannot burn more than the balance or more than the allowance", async () => {
      const { token, alice, carol } = await networkHelpers.loadFixture(deployToken);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.burn([dta("1000.0001")], { account: alice.account }),
        token,
        "ERC20InsufficientBalance",
        [getAddress(alice.account.address), dta("1000"), dta("1000.0001")],
      );
      await token.write.approve([carol.account.address, dta("1")], { account: alice.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.burnFrom([alice.account.address, dta("2")], { account: carol.account }),
        token,
        "ERC20InsufficientAllowance",
        [getAddress(carol.account.address), dta("1"), dta("2")],
      );
      assert.equal(await token.read.totalBurned(), 0n);
    });
  });

  describe("pause (guardian role)", () => {
    it("the guardian pauses transfer, transferFrom, burn and burnFrom, and unpausing restores them", async () => {
      const { token, admin, alice, bob, carol } = await networkHelpers.loadFixture(deployToken);
      await token.write.approve([carol.account.address, dta("10")], { account: alice.account });
      await viem.assertions.emitWithArgs(token.write.pause({ account: admin.account }), token, "Paused", [
        getAddress(admin.account.address),
      ]);
      assert.equal(await token.read.paused(), true);

      const paused = (call: Promise<Hex>) =>
        viem.assertions.revertWithCustomError(call, token, "EnforcedPause");
      await paused(token.write.transfer([bob.account.address, 1n], { account: alice.account }));
      await paused(
        token.write.transferFrom([alice.account.address, bob.account.address, 1n], {
          account: carol.account,
        }),
      );
      await paused(token.write.burn([1n], { account: alice.account }));
      await paused(token.write.burnFrom([alice.account.address, 1n], { account: carol.account }));

      await token.write.unpause({ account: admin.account });
      assert.equal(await token.read.paused(), false);
      await token.write.transfer([bob.account.address, 1n], { account: alice.account });
      await token.write.transferFrom([alice.account.address, bob.account.address, 2n], {
        account: carol.account,
      });
      await token.write.burn([3n], { account: alice.account });
      assert.equal(await token.read.balanceOf([bob.account.address]), dta("1000") + 3n);
      assert.equal(await token.read.balanceOf([alice.account.address]), dta("1000") - 6n);
      assert.equal(await token.read.totalBurned(), 3n);
    });

    it("a non-guardian can neither pause nor unpause", async () => {
      const { token, admin, holder, outsider } = await networkHelpers.loadFixture(deployToken);
      const guardianRole = await token.read.GUARDIAN_ROLE();
      for (const account of [holder.account, outsider.account]) {
        await viem.assertions.revertWithCustomErrorWithArgs(
          token.write.pause({ account }),
          token,
          "AccessControlUnauthorizedAccount",
          [getAddress(account.address), guardianRole],
        );
      }
      await token.write.pause({ account: admin.account });
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.unpause({ account: outsider.account }),
        token,
        "AccessControlUnauthorizedAccount",
        [getAddress(outsider.account.address), guardianRole],
      );
      assert.equal(await token.read.paused(), true);
    });

    it("a guardian granted by the admin can pause, and loses that power when revoked", async () => {
      const { token, admin, outsider } = await networkHelpers.loadFixture(deployToken);
      const guardianRole = await token.read.GUARDIAN_ROLE();
      await token.write.grantRole([guardianRole, outsider.account.address], { account: admin.account });
      await token.write.pause({ account: outsider.account });
      assert.equal(await token.read.paused(), true);
      await token.write.revokeRole([guardianRole, outsider.account.address], { account: admin.account });
      await viem.assertions.revertWithCustomError(
        token.write.unpause({ account: outsider.account }),
        token,
        "AccessControlUnauthorizedAccount",
      );
    });
  });
});
