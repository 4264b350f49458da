/**
 * The twin registry as the Ignition DTA module deploys it: it holds the 80M twin pool, staking reads the twin
 * bonus from it, dev account #6 is its quality oracle, and a job's platform share reaches the deployed
 * RevenueDistributor at the ServiceFees burn rate.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { parseEther, parseUnits } from "viem";
import { deployGenesis } from "../fixtures/Genesis.ts";
import { LOCAL_ROLES } from "../scripts/deployParameters.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const hash = (n: number): `0x${string}` => `0x${n.toString(16).padStart(64, "0")}`;

async function genesisWithTwinOwner() {
  const deployed = await deployGenesis(connection);
  const { token, timelock, twinRegistry, outsider } = deployed;
  // The treasury grants the outsider a bond and some spare DTA, as a passed proposal would.
  await networkHelpers.impersonateAccount(timelock.address);
  await networkHelpers.setBalance(timelock.address, parseEther("1"));
  await token.write.transfer([outsider.account.address, parseUnits("12000", 4)], {
    account: timelock.address,
  });
  await token.write.approve([twinRegistry.address, 2n ** 256n - 1n], { account: outsider.account });
  return deployed;
}

describe("TwinRegistry in the genesis deployment", () => {
  it("an owner of an active twin gets DTAStaking's +20% twin bonus", async () => {
    const { staking, twinRegistry, outsider } = await networkHelpers.loadFixture(genesisWithTwinOwner);
    const account = outsider.account.address;
    const amount = parseUnits("1000", 4);
    const base = await staking.read.effectiveApyBps([account, amount, 0n]);
    await twinRegistry.write.register([1, "Wind farms", "ipfs://wind"], { account: outsider.account });
    assert.deepEqual(await staking.read.bonusesOf([account]), [[true, false, false, false], 20n]);
    assert.equal(await staking.read.effectiveApyBps([account, amount, 0n]), (base * 120n) / 100n);
  });

  it("dev account #6 scores twins; a completed job pays the RevenueDistributor 10% after the 2% burn", async () => {
    const deployed = await networkHelpers.loadFixture(genesisWithTwinOwner);
    const { token, twinRegistry, revenueDistributor, outsider } = deployed;
    const oracle = (await viem.getWalletClients())[LOCAL_ROLES.twinQualityOracle];
    assert.ok(oracle);
    await twinRegistry.write.register([0, "Press lines", "ipfs://press"], { account: outsider.account });
    await twinRegistry.write.setQuality([1n, 91n, hash(1)], { account: oracle.account });
    assert.equal((await twinRegistry.read.twinOf([1n])).quality, 91);

    // The outsider buys 10 hours on its own twin (0.1 DTA/h = 1 DTA) and completes the job.
    await twinRegistry.write.buySimulation([1n, 10n, 1_000n], { account: outsider.account });
    const burnedBefore = await token.read.totalBurned();
    await twinRegistry.write.completeJob([1n, hash(2)], { account: outsider.account });
    assert.equal((await token.read.totalBurned()) - burnedBefore, 200n, "2% of 10,000 base units");
    assert.equal(
      await token.read.balanceOf([revenueDistributor.address]),
      980n,
      "10% of the remaining 9,800",
    );
  });
});
