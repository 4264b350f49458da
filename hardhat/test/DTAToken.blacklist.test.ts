/** DTAToken blacklist (compliance role): who may list, and what a listed sender, recipient or spender can do. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress, type Address } from "viem";
import { deadlineIn, deployDTAToken, dta, signPermit, type Fixture } from "../fixtures/DTAToken.ts";

const { viem, networkHelpers } = await network.create();
const deployToken = () => deployDTAToken(viem);

describe("DTAToken", () => {
  describe("blacklist (compliance role)", () => {
    async function blacklist({ token, admin }: Fixture, account: Address, listed = true) {
      await token.write.setBlacklisted([account, listed], { account: admin.account });
    }

    it("emits BlacklistUpdated and reports the status", async () => {
      const { token, admin, bob } = await networkHelpers.loadFixture(deployToken);
      await viem.assertions.emitWithArgs(
        token.write.setBlacklisted([bob.account.address, true], { account: admin.account }),
        token,
        "BlacklistUpdated",
        [getAddress(bob.account.address), true],
      );
      assert.equal(await token.read.isBlacklisted([bob.account.address]), true);
      await viem.assertions.emitWithArgs(
        token.write.setBlacklisted([bob.account.address, false], { account: admin.account }),
        token,
        "BlacklistUpdated",
        [getAddress(bob.account.address), false],
      );
      assert.equal(await token.read.isBlacklisted([bob.account.address]), false);
    });

    it("only the compliance role can blacklist", async () => {
      const { token, holder, bob } = await networkHelpers.loadFixture(deployToken);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.setBlacklisted([bob.account.address, true], { account: holder.account }),
        token,
        "AccessControlUnauthorizedAccount",
        [getAddress(holder.account.address), await token.read.COMPLIANCE_ROLE()],
      );
      assert.equal(await token.read.isBlacklisted([bob.account.address]), false);
    });

    it("setBlacklisted(0x0) reverts ZeroAddress", async () => {
      const { token, admin } = await networkHelpers.loadFixture(deployToken);
      await viem.assertions.revertWithCustomError(
        token.write.setBlacklisted([zeroAddress, true], { account: admin.account }),
        token,
        "ZeroAddress",
      );
    });

    it("a blacklisted sender cannot transfer or burn", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob } = fixture;
      await blacklist(fixture, alice.account.address);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.transfer([bob.account.address, 1n], { account: alice.account }),
        token,
        "AccountBlacklisted",
        [getAddress(alice.account.address)],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.burn([1n], { account: alice.account }),
        token,
        "AccountBlacklisted",
        [getAddress(alice.account.address)],
      );
      assert.equal(await token.read.balanceOf([alice.account.address]), dta("1000"));
    });

    it("nobody can transfer to a blacklisted recipient", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, holder, bob } = fixture;
      await blacklist(fixture, bob.account.address);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.transfer([bob.account.address, 1n], { account: holder.account }),
        token,
        "AccountBlacklisted",
        [getAddress(bob.account.address)],
      );
      assert.equal(await token.read.balanceOf([bob.account.address]), dta("1000"));
    });

    it("transferFrom reverts when the owner is blacklisted", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob, carol } = fixture;
      await token.write.approve([carol.account.address, dta("10")], { account: alice.account });
      await blacklist(fixture, alice.account.address);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.transferFrom([alice.account.address, bob.account.address, 1n], {
          account: carol.account,
        }),
        token,
        "AccountBlacklisted",
        [getAddress(alice.account.address)],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.burnFrom([alice.account.address, 1n], { account: carol.account }),
        token,
        "AccountBlacklisted",
        [getAddress(alice.account.address)],
      );
      assert.equal(await token.read.allowance([alice.account.address, carol.account.address]), dta("10"));
    });

    it("transferFrom reverts when the recipient is blacklisted", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob, carol } = fixture;
      await token.write.approve([carol.account.address, dta("10")], { account: alice.account });
      await blacklist(fixture, bob.account.address);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.transferFrom([alice.account.address, bob.account.address, 1n], {
          account: carol.account,
        }),
        token,
        "AccountBlacklisted",
        [getAddress(bob.account.address)],
      );
    });

    it("transferFrom and burnFrom revert when the spender is blacklisted", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob, carol } = fixture;
      await token.write.approve([carol.account.address, dta("10")], { account: alice.account });
      await blacklist(fixture, carol.account.address);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.transferFrom([alice.account.address, bob.account.address, 1n], {
          account: carol.account,
        }),
        token,
        "AccountBlacklisted",
        [getAddress(carol.account.address)],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.burnFrom([alice.account.address, 1n], { account: carol.account }),
        token,
        "AccountBlacklisted",
        [getAddress(carol.account.address)],
      );
      assert.equal(await token.read.balanceOf([alice.account.address]), dta("1000"));
    });

    it("a blacklisted spender cannot use an allowance granted by permit", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob, carol, outsider } = fixture;
      await blacklist(fixture, carol.account.address);
      const deadline = await deadlineIn(networkHelpers, 3600);
      const { v, r, s } = await signPermit(fixture, alice, carol.account.address, dta("10"), deadline);
      // Anyone may relay the permit; the allowance is recorded...
      await token.write.permit([alice.account.address, carol.account.address, dta("10"), deadline, v, r, s], {
        account: outsider.account,
      });
      assert.equal(await token.read.allowance([alice.account.address, carol.account.address]), dta("10"));
      // ...but the blacklisted spender cannot spend it.
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.transferFrom([alice.account.address, bob.account.address, dta("10")], {
          account: carol.account,
        }),
        token,
        "AccountBlacklisted",
        [getAddress(carol.account.address)],
      );
      assert.equal(await token.read.balanceOf([alice.account.address]), dta("1000"));
    });

    it("unblacklisting restores sending, receiving and spending", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob, carol } = fixture;
      await token.write.approve([carol.account.address, dta("10")], { account: alice.account });
      for (const wallet of [alice, bob, carol]) await blacklist(fixture, wallet.account.address);
      await viem.assertions.revertWithCustomError(
        token.write.transfer([bob.account.address, 1n], { account: alice.account }),
        token,
        "AccountBlacklisted",
      );
      for (const wallet of [alice, bob, carol]) await blacklist(fixture, wallet.account.address, false);

      await token.write.transfer([bob.account.address, 1n], { account: alice.account });
      await token.write.transferFrom([alice.account.address, bob.account.address, 2n], {
        account: carol.account,
      });
      await token.write.transfer([alice.account.address, 10n], { account: bob.account });
      assert.equal(await token.read.balanceOf([alice.account.address]), dta("1000") - 3n + 10n);
      assert.equal(await token.read.balanceOf([bob.account.address]), dta("1000") + 3n - 10n);
      assert.equal(
        await token.read.allowance([alice.account.address, carol.account.address]),
        dta("10") - 2n,
      );
    });
  });
});
