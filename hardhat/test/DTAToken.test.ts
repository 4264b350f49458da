import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, parseSignature, parseUnits, zeroAddress, type Address, type Hex } from "viem";

const { viem, networkHelpers } = await network.create();

const DECIMALS = 4;
const GENESIS_SUPPLY = 1_000_000_000n * 10n ** 4n;
const dta = (amount: string): bigint => parseUnits(amount, DECIMALS);

/** The named test accounts (Hardhat's default accounts 0-5). */
async function getWallets() {
  const clients = await viem.getWalletClients();
  const at = (index: number) => {
    const client = clients[index];
    assert.ok(client, `missing wallet client ${index}`);
    return client;
  };
  return { admin: at(0), holder: at(1), alice: at(2), bob: at(3), carol: at(4), outsider: at(5) };
}

/**
 * A fresh token: genesis supply to `holder`, every role to `admin`; alice and bob get 1,000 DTA each to play with.
 */
async function deployToken() {
  const { admin, holder, alice, bob, carol, outsider } = await getWallets();
  const token = await viem.deployContract("DTAToken", [holder.account.address, admin.account.address]);
  await token.write.transfer([alice.account.address, dta("1000")], { account: holder.account });
  await token.write.transfer([bob.account.address, dta("1000")], { account: holder.account });
  const publicClient = await viem.getPublicClient();
  return { token, admin, holder, alice, bob, carol, outsider, publicClient };
}

type Fixture = Awaited<ReturnType<typeof deployToken>>;
type Wallet = Fixture["alice"];

const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** Signs an EIP-2612 permit with `signer`'s key; `owner` defaults to the signer. */
async function signPermit(
  { token, publicClient }: Fixture,
  signer: Wallet,
  spender: Address,
  value: bigint,
  deadline: bigint,
  owner: Address = signer.account.address,
): Promise<{ v: number; r: Hex; s: Hex }> {
  const nonce = await token.read.nonces([owner]);
  const signature = await signer.signTypedData({
    account: signer.account,
    domain: {
      name: "Digital Twin AI Token",
      version: "1",
      chainId: await publicClient.getChainId(),
      verifyingContract: token.address,
    },
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: { owner, spender, value, nonce, deadline },
  });
  const { r, s, yParity } = parseSignature(signature);
  return { v: yParity + 27, r, s };
}

async function deadlineIn(seconds: number): Promise<bigint> {
  return BigInt((await networkHelpers.time.latest()) + seconds);
}

describe("DTAToken", () => {
  describe("metadata and genesis supply", () => {
    it("uses 4 decimals, the spec name and the DTA symbol", async () => {
      const { token } = await networkHelpers.loadFixture(deployToken);
      assert.equal(await token.read.decimals(), 4);
      assert.equal(await token.read.name(), "Digital Twin AI Token");
      assert.equal(await token.read.symbol(), "DTA");
    });

    it("mints exactly 1,000,000,000 DTA, all of it to the genesis holder", async () => {
      const { admin, holder } = await getWallets();
      const token = await viem.deployContract("DTAToken", [holder.account.address, admin.account.address]);
      assert.equal(GENESIS_SUPPLY, 10_000_000_000_000n);
      assert.equal(await token.read.GENESIS_SUPPLY(), GENESIS_SUPPLY);
      assert.equal(await token.read.totalSupply(), GENESIS_SUPPLY);
      assert.equal(await token.read.balanceOf([holder.account.address]), GENESIS_SUPPLY);
      assert.equal(await token.read.balanceOf([admin.account.address]), 0n);
      assert.equal(await token.read.totalBurned(), 0n);
    });

    it("emits one genesis Transfer from the zero address", async () => {
      const { admin, holder } = await getWallets();
      const token = await viem.deployContract("DTAToken", [holder.account.address, admin.account.address]);
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

    it("rejects a zero genesis holder or a zero admin", async () => {
      const { admin, holder } = await getWallets();
      await assert.rejects(
        viem.deployContract("DTAToken", [zeroAddress, admin.account.address]),
        /ZeroAddress/,
      );
      await assert.rejects(
        viem.deployContract("DTAToken", [holder.account.address, zeroAddress]),
        /ZeroAddress/,
      );
    });

    it("gives the admin DEFAULT_ADMIN, GUARDIAN and COMPLIANCE roles and the holder none", async () => {
      const { token, admin, holder } = await networkHelpers.loadFixture(deployToken);
      const roles = [
        await token.read.DEFAULT_ADMIN_ROLE(),
        await token.read.GUARDIAN_ROLE(),
        await token.read.COMPLIANCE_ROLE(),
      ];
      for (const role of roles) {
        assert.equal(await token.read.hasRole([role, admin.account.address]), true);
        assert.equal(await token.read.hasRole([role, holder.account.address]), false);
      }
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
      const deadline = await deadlineIn(3600);
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
      const deadline = await deadlineIn(3600);
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
      const deadline = await deadlineIn(3600);
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
      const deadline = await deadlineIn(-1);
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
      const deadline = await deadlineIn(3600);
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
