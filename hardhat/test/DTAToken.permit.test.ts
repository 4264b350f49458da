/** DTAToken EIP-2612 permit: the EIP-712 domain, signed approvals, replay, expiry and wrong signers. */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress } from "viem";
import { deadlineIn, deployDTAToken, dta, signPermit } from "../fixtures/DTAToken.ts";

const { viem, networkHelpers } = await network.create();
const deployToken = () => deployDTAToken(viem);

describe("DTAToken", () => {
  describe("EIP-2612 permit", () => {
    it("exposes the EIP-712 domain of the token", async () => {
      const { token, publicClient } = await networkHelpers.loadFixture(deployToken);
      const [, name, version, chainId, verifyingContract] = await token.read.eip712Domain();
      assert.equal(name, "Digital Twin AI Token");
      assert.equal(version, "1");
      assert.equal(chainId, BigInt(await publicClient.getChainId()));
      assert.equal(verifyingContract, getAddress(token.address));
    });

    it("a signed permit sets the allowance and bumps the nonce, and the spender can then transferFrom", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob, carol } = fixture;
      assert.equal(await token.read.nonces([alice.account.address]), 0n);
      const deadline = await deadlineIn(networkHelpers, 3600);
      const { v, r, s } = await signPermit(fixture, alice, carol.account.address, dta("123.4567"), deadline);
      await viem.assertions.emitWithArgs(
        token.write.permit(
          [alice.account.address, carol.account.address, dta("123.4567"), deadline, v, r, s],
          { account: bob.account },
        ),
        token,
        "Approval",
        [getAddress(alice.account.address), getAddress(carol.account.address), dta("123.4567")],
      );
      assert.equal(
        await token.read.allowance([alice.account.address, carol.account.address]),
        dta("123.4567"),
      );
      assert.equal(await token.read.nonces([alice.account.address]), 1n);

      await token.write.transferFrom([alice.account.address, bob.account.address, dta("100")], {
        account: carol.account,
      });
      assert.equal(await token.read.balanceOf([bob.account.address]), dta("1100"));
      assert.equal(
        await token.read.allowance([alice.account.address, carol.account.address]),
        dta("23.4567"),
      );
    });

    it("a permit cannot be replayed", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, carol } = fixture;
      const deadline = await deadlineIn(networkHelpers, 3600);
      const { v, r, s } = await signPermit(fixture, alice, carol.account.address, 5n, deadline);
      const args = [alice.account.address, carol.account.address, 5n, deadline, v, r, s] as const;
      await token.write.permit(args, { account: carol.account });
      await viem.assertions.revertWithCustomError(
        token.write.permit(args, { account: carol.account }),
        token,
        "ERC2612InvalidSigner",
      );
      assert.equal(await token.read.nonces([alice.account.address]), 1n);
    });

    it("an expired deadline reverts ERC2612ExpiredSignature", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, carol } = fixture;
      const deadline = await deadlineIn(networkHelpers, -1);
      const { v, r, s } = await signPermit(fixture, alice, carol.account.address, 5n, deadline);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.permit([alice.account.address, carol.account.address, 5n, deadline, v, r, s], {
          account: carol.account,
        }),
        token,
        "ERC2612ExpiredSignature",
        [deadline],
      );
      assert.equal(await token.read.allowance([alice.account.address, carol.account.address]), 0n);
      assert.equal(await token.read.nonces([alice.account.address]), 0n);
    });

    it("a permit signed by someone other than the owner reverts ERC2612InvalidSigner", async () => {
      const fixture = await networkHelpers.loadFixture(deployToken);
      const { token, alice, bob, carol } = fixture;
      const deadline = await deadlineIn(networkHelpers, 3600);
      // Bob signs a permit that claims to come from Alice.
      const { v, r, s } = await signPermit(
        fixture,
        bob,
        carol.account.address,
        dta("1000"),
        deadline,
        alice.account.address,
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.permit([alice.account.address, carol.account.address, dta("1000"), deadline, v, r, s], {
          account: carol.account,
        }),
        token,
        "ERC2612InvalidSigner",
        [getAddress(bob.account.address), getAddress(alice.account.address)],
      );
      assert.equal(await token.read.allowance([alice.account.address, carol.account.address]), 0n);
    });
  });
});
