import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { encodeFunctionData, getAddress, zeroAddress, zeroHash, type Address, type Hex } from "viem";
import { deployGenesis } from "../fixtures/Genesis.ts";
import { execByCouncil, type CouncilCall } from "../fixtures/SecurityCouncil.ts";
import { safeTx, safeTxHash, safeTxHashArgs } from "../../lib/governance/safeTx.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const deploy = () => deployGenesis(connection);
type Deployed = Awaited<ReturnType<typeof deploy>>;

function tokenCall(deployed: Deployed, data: Hex): CouncilCall {
  return { to: deployed.token.address, data };
}

const pauseData = (deployed: Deployed) =>
  encodeFunctionData({ abi: deployed.token.abi, functionName: "pause" });

async function blockNumber(): Promise<bigint> {
  return (await viem.getPublicClient()).getBlockNumber();
}

describe("Security Council (Safe 2-of-3) on the genesis deployment", () => {
  it("pauses DTA with 2 owner signatures in one transaction, submitted by anyone", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const [first, , third] = deployed.councilOwners;
    assert.ok(first && third);
    const before = await blockNumber();
    const hash = await execByCouncil(
      viem,
      deployed.council.address,
      tokenCall(deployed, pauseData(deployed)),
      [first, third],
      deployed.outsider,
    );
    const receipt = await (await viem.getPublicClient()).waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, "success");
    assert.equal(receipt.blockNumber, before + 1n, "one block, one transaction");
    assert.equal(await deployed.token.read.paused(), true);
    // Transfers stop at once: no timelock delay, nothing announced beforehand.
    await viem.assertions.revertWithCustomError(
      deployed.token.write.transfer([deployed.outsider.account.address, 1n], {
        account: deployed.councilOwners[0]!.account,
      }),
      deployed.token,
      "EnforcedPause",
    );
  });

  it("refuses a pause carrying only 1 owner signature (GS020) and leaves DTA running", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const [owner] = deployed.councilOwners;
    assert.ok(owner);
    await assert.rejects(
      execByCouncil(viem, deployed.council.address, tokenCall(deployed, pauseData(deployed)), [owner], owner),
      /GS020/,
    );
    assert.equal(await deployed.token.read.paused(), false);
  });

  it("refuses signatures from a non-owner (GS026)", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const [owner] = deployed.councilOwners;
    assert.ok(owner);
    await assert.rejects(
      execByCouncil(
        viem,
        deployed.council.address,
        tokenCall(deployed, pauseData(deployed)),
        [owner, deployed.outsider],
        owner,
      ),
      /GS026/,
    );
    assert.equal(await deployed.token.read.paused(), false);
  });

  it("pauses staking and the BIVE swap, the other contracts with a guardian role", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const owners = deployed.councilOwners.slice(0, 2);
    for (const contract of [deployed.staking, deployed.biveSwap] as const) {
      const data = encodeFunctionData({ abi: contract.abi, functionName: "pause" });
      await execByCouncil(viem, deployed.council.address, { to: contract.address, data }, owners, owners[0]!);
      assert.equal(await contract.read.paused(), true);
    }
  });

  it("blacklists an address through the Safe; the address can no longer send DTA", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const { token, timelock, outsider } = deployed;
    const suspect = outsider.account.address;
    // Give the suspect some DTA first (as a governance grant would).
    await networkHelpers.impersonateAccount(timelock.address);
    await networkHelpers.setBalance(timelock.address, 10n ** 18n);
    await token.write.transfer([suspect, 10_000n], { account: timelock.address });

    const data = encodeFunctionData({
      abi: token.abi,
      functionName: "setBlacklisted",
      args: [suspect, true],
    });
    const [, second, third] = deployed.councilOwners;
    await viem.assertions.emitWithArgs(
      execByCouncil(viem, deployed.council.address, { to: token.address, data }, [second!, third!], second!),
      token,
      "BlacklistUpdated",
      [getAddress(suspect), true],
    );
    assert.equal(await token.read.isBlacklisted([suspect]), true);
    await viem.assertions.revertWithCustomErrorWithArgs(
      token.write.transfer([deployed.deployer.account.address, 1n], { account: outsider.account }),
      token,
      "AccountBlacklisted",
      [getAddress(suspect)],
    );
  });

  it("the timelock revokes the council's guardian role through a scheduled operation; the council can no longer pause", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const { token, timelock, council } = deployed;
    // The governor is the timelock's only proposer: act as it (the governance tests go through votes).
    const proposer = { account: deployed.governor.address };
    await networkHelpers.impersonateAccount(proposer.account);
    await networkHelpers.setBalance(proposer.account, 10n ** 18n);
    const guardian = await token.read.GUARDIAN_ROLE();
    const revoke = encodeFunctionData({
      abi: token.abi,
      functionName: "revokeRole",
      args: [guardian, council.address],
    });
    const delay = await timelock.read.getMinDelay();
    await timelock.write.schedule([token.address, 0n, revoke, zeroHash, zeroHash, delay], {
      account: proposer.account,
    });
    await networkHelpers.time.increase(delay);
    await viem.assertions.emitWithArgs(
      timelock.write.execute([token.address, 0n, revoke, zeroHash, zeroHash], {
        account: deployed.outsider.account,
      }),
      token,
      "RoleRevoked",
      [guardian, getAddress(council.address), getAddress(timelock.address)],
    );
    assert.equal(await token.read.hasRole([guardian, council.address]), false);

    // The Safe's call to pause now reverts inside; with safeTxGas 0 the Safe reverts the whole tx (GS013).
    const owners = deployed.councilOwners.slice(0, 2);
    await assert.rejects(
      execByCouncil(viem, council.address, tokenCall(deployed, pauseData(deployed)), owners, owners[0]!),
      /GS013/,
    );
    assert.equal(await token.read.paused(), false);
  });

  it("the timelock can reassign the guardian role to a new council", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const { token, timelock, outsider } = deployed;
    const guardian = await token.read.GUARDIAN_ROLE();
    const newCouncil: Address = outsider.account.address;
    await networkHelpers.impersonateAccount(timelock.address);
    await networkHelpers.setBalance(timelock.address, 10n ** 18n);
    await token.write.grantRole([guardian, newCouncil], { account: timelock.address });
    await token.write.pause({ account: outsider.account });
    assert.equal(await token.read.paused(), true);
  });

  it("the app's locally computed Safe transaction hash is the Safe's getTransactionHash, before and after a nonce moves", async () => {
    const deployed = await networkHelpers.loadFixture(deploy);
    const { council, token } = deployed;
    const safe = await viem.getContractAt("SafeL2", council.address);
    const chainId = await (await viem.getPublicClient()).getChainId();
    const calls: CouncilCall[] = [
      tokenCall(deployed, pauseData(deployed)),
      { to: token.address, data: "0x" },
      { to: "0x90F79bf6EB2c4f870365E785982E1f101E93b906", data: "0xabcd" },
    ];
    const compare = async (nonce: bigint) => {
      for (const call of calls) {
        const tx = safeTx(call.to, call.data, nonce);
        const onChain = await safe.read.getTransactionHash([...safeTxHashArgs(tx)]);
        assert.equal(safeTxHash(chainId, council.address, tx), onChain, `${call.data} at nonce ${nonce}`);
      }
    };
    await compare(0n);
    await compare(7n);
    const owners = deployed.councilOwners.slice(0, 2);
    await execByCouncil(viem, council.address, tokenCall(deployed, pauseData(deployed)), owners, owners[0]!);
    assert.equal(await safe.read.nonce(), 1n);
    await compare(1n);
  });

  it("staking refuses to deploy without a Security Council", async () => {
    const { token, timelock } = await networkHelpers.loadFixture(deploy);
    await assert.rejects(
      viem.deployContract("DTAStaking", [token.address, timelock.address, zeroAddress]),
      /ZeroAddress/,
    );
  });
});
