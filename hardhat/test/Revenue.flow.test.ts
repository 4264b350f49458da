/**
 * Revenue that flows (issue 13), on the real genesis deployment: a listing fee, the platform share of a query
 * payment, of a completed simulation job and of a data premium all reach the RevenueDistributor; anyone triggers
 * `distribute()`, and its RevenueDistributed event carries the 40/30/20/10 amounts (burn included) that the
 * indexer sums, matching the balances and the supply.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { keccak256, parseEther, parseEventLogs, toHex } from "viem";
import { deployGenesis } from "../fixtures/Genesis.ts";
import { expectedSplit } from "../fixtures/Marketplace.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const deployDefault = () => deployGenesis(connection);
const dta = (whole: bigint): bigint => whole * 10_000n;
const MAX_UINT = 2n ** 256n - 1n;

describe("Revenue that flows into the RevenueDistributor", () => {
  it("listing fees and the platform shares of queries, simulations and data premiums are distributed 40/30/20/10", async () => {
    const deployed = await networkHelpers.loadFixture(deployDefault);
    const { token, timelock, staking, revenueDistributor, aiMarketplace, twinRegistry, dataContributions } =
      deployed;
    const wallets = await viem.getWalletClients();
    const [provider, payer, contributor, outsider] = [wallets[11]!, wallets[12]!, wallets[13]!, wallets[14]!];

    // The treasury funds the actors, as a passed proposal would.
    await networkHelpers.impersonateAccount(timelock.address);
    await networkHelpers.setBalance(timelock.address, parseEther("1"));
    for (const wallet of [provider, payer, contributor]) {
      await token.write.transfer([wallet.account.address, dta(50_000n)], { account: timelock.address });
      for (const spender of [aiMarketplace.address, twinRegistry.address, dataContributions.address]) {
        await token.write.approve([spender, MAX_UINT], { account: wallet.account });
      }
    }
    const burnBps = 200n;
    const listingFee = await aiMarketplace.read.listingFee();

    // A listing fee and a query payment.
    await aiMarketplace.write.listService(["Forecast", 2, "ipfs://svc", dta(3n)], {
      account: provider.account,
    });
    const queries = dta(3n) * 7n;
    await aiMarketplace.write.payForQueries([1n, 7n, dta(3n)], { account: payer.account });
    // A simulation job, split at completion.
    await twinRegistry.write.register([0, "Press lines", "ipfs://twin"], { account: provider.account });
    const rate = await twinRegistry.read.rateOf([1n]);
    await twinRegistry.write.buySimulation([1n, 9n, rate], { account: payer.account });
    await twinRegistry.write.completeJob([1n, keccak256(toHex("result"))], { account: provider.account });
    const simulation = rate * 9n;
    // A data premium.
    await dataContributions.write.submit([keccak256(toHex("meter export")), 0, 1, dta(13n)], {
      account: contributor.account,
    });
    await dataContributions.write.grantAccess([1n, payer.account.address], { account: contributor.account });
    await dataContributions.write.payPremium([1n, dta(13n)], { account: payer.account });

    const platform = [queries, simulation, dta(13n)].reduce(
      (sum, amount) => sum + expectedSplit(amount, burnBps).toPlatform,
      listingFee,
    );
    assert.equal(await token.read.balanceOf([revenueDistributor.address]), platform);

    const stakingBefore = await token.read.balanceOf([staking.address]);
    const timelockBefore = await token.read.balanceOf([timelock.address]);
    const supplyBefore = await token.read.totalSupply();
    const hash = await revenueDistributor.write.distribute({ account: outsider.account });
    const receipt = await (await viem.getPublicClient()).waitForTransactionReceipt({ hash });
    const [event] = parseEventLogs({
      abi: revenueDistributor.abi,
      logs: receipt.logs,
      eventName: "RevenueDistributed",
    });
    assert.ok(event);
    const { amount, toStaking, toDevelopment, toEcosystem, burned } = event.args;
    assert.equal(amount, platform);
    assert.equal(toStaking, (platform * 4_000n) / 10_000n);
    assert.equal(toDevelopment, (platform * 3_000n) / 10_000n);
    assert.equal(toEcosystem, (platform * 2_000n) / 10_000n);
    assert.equal(toStaking + toDevelopment + toEcosystem + burned, amount, "burn takes the remainder");
    assert.equal((await token.read.balanceOf([staking.address])) - stakingBefore, toStaking);
    // Development and ecosystem growth are the timelock's until governance names other wallets.
    const timelockGot = (await token.read.balanceOf([timelock.address])) - timelockBefore;
    assert.equal(timelockGot, toDevelopment + toEcosystem);
    assert.equal(supplyBefore - (await token.read.totalSupply()), burned);
    assert.equal(await revenueDistributor.read.totalDistributed(), amount);
    assert.equal(await token.read.balanceOf([revenueDistributor.address]), 0n);
  });
});
