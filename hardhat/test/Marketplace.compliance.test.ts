/**
 * DTA's blacklist and pause reach through the marketplace (issue 12): no payment from and no payout to a
 * blacklisted address, nothing moves while DTA is paused; and the marketplace is a real staking bonus source:
 * a provider with an active service gets DTAStaking's +25%.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, toFunctionSelector, type Address } from "viem";
import {
  deployMarketplace,
  dta,
  freshPayers,
  list,
  pay,
  type MarketFixture,
} from "../fixtures/Marketplace.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployMarketplace(viem);

async function blacklist(fx: MarketFixture, account: Address, listed = true): Promise<void> {
  await fx.token.write.setBlacklisted([account, listed], { account: fx.admin.account });
}

describe("AIMarketplace compliance", () => {
  it("a blacklisted payer cannot pay; a blacklisted provider cannot list or be paid", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, payer] = [fx.alice.account.address, fx.payer.account.address];
    const id = await list(fx, fx.alice, dta("1"));
    await blacklist(fx, payer);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.payForQueries([id, 1n, dta("1")], { account: fx.payer.account }),
      fx.market,
      "AccountBlacklisted",
      [getAddress(payer)],
    );
    await blacklist(fx, payer, false);
    await blacklist(fx, alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.payForQueries([id, 1n, dta("1")], { account: fx.payer.account }),
      fx.market,
      "AccountBlacklisted",
      [getAddress(alice)],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.listService(["Second", 0, "ipfs://x", 1n], { account: fx.alice.account }),
      fx.market,
      "AccountBlacklisted",
      [getAddress(alice)],
    );
    await blacklist(fx, alice, false);
    await pay(fx, id, 1n);
  });

  it("a blacklisted provider's reserved bonus stays reserved until it is cleared", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const alice = fx.alice.account.address;
    const id = await list(fx, fx.alice, dta("2"));
    for (const rater of await freshPayers(fx, networkHelpers, 5, dta("10"))) {
      await fx.market.write.payForQueries([id, 1n, dta("2")], { account: rater });
      await fx.market.write.rate([id, 5], { account: rater });
    }
    await pay(fx, id, 10n);
    const owed = await fx.market.read.bonusOwedTo([alice]);
    assert.equal(owed, dta("1"));
    await blacklist(fx, alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.claimProviderBonus({ account: fx.alice.account }),
      fx.market,
      "AccountBlacklisted",
      [getAddress(alice)],
    );
    assert.equal(await fx.market.read.bonusOwedTo([alice]), owed);
    await blacklist(fx, alice, false);
    await fx.market.write.claimProviderBonus({ account: fx.alice.account });
    assert.equal(await fx.market.read.bonusOwedTo([alice]), 0n);
  });

  it("while DTA is paused nothing is listed, paid or released", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, dta("1"));
    await fx.token.write.pause({ account: fx.admin.account });
    for (const call of [
      fx.market.write.payForQueries([id, 1n, dta("1")], { account: fx.payer.account }),
      fx.market.write.listService(["Paused", 0, "ipfs://x", 1n], { account: fx.bob.account }),
      fx.market.write.releaseProviderPool([fx.bob.account.address, 1n], { account: fx.admin.account }),
    ]) {
      await viem.assertions.revertWithCustomError(call, fx.market, "TokenPaused");
    }
    await fx.token.write.unpause({ account: fx.admin.account });
    await pay(fx, id, 1n);
  });
});

describe("AIMarketplace as DTAStaking's AI-service bonus source", () => {
  async function withStaking() {
    const fx = await deployMarketplace(viem);
    const staking = await viem.deployContract("DTAStaking", [
      fx.token.address,
      fx.admin.account.address,
      fx.admin.account.address,
    ]);
    await staking.write.setBonusSource([3, fx.market.address], { account: fx.admin.account });
    return { ...fx, staking };
  }

  it("a provider with an active service gets +25%; pausing every service takes it away", async () => {
    const fx = await networkHelpers.loadFixture(withStaking);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const amount = 50_000n * 10_000n;
    const baseApy = await fx.staking.read.effectiveApyBps([alice, amount, 0n]);
    assert.deepEqual(await fx.staking.read.bonusesOf([alice]), [[false, false, false, false], 0n]);
    const first = await list(fx, fx.alice);
    assert.deepEqual(await fx.staking.read.bonusesOf([alice]), [[false, false, false, true], 25n]);
    assert.equal(await fx.staking.read.effectiveApyBps([alice, amount, 0n]), (baseApy * 125n) / 100n);
    assert.deepEqual(await fx.staking.read.bonusesOf([bob]), [[false, false, false, false], 0n]);

    // Two services: pausing one keeps the bonus, pausing both ends it, resuming one restores it.
    const second = await list(fx, fx.alice, dta("1"), 3);
    await fx.market.write.pauseService([first], { account: fx.alice.account });
    assert.equal((await fx.staking.read.bonusesOf([alice]))[1], 25n);
    await fx.market.write.pauseService([second], { account: fx.alice.account });
    assert.equal((await fx.staking.read.bonusesOf([alice]))[1], 0n);
    assert.equal(await fx.market.read.hasStakingBonus([alice]), false);
    await fx.market.write.resumeService([second], { account: fx.alice.account });
    assert.equal((await fx.staking.read.bonusesOf([alice]))[1], 25n);
    // ERC-165 announces the bonus source interface (its one function's selector).
    assert.equal(
      await fx.market.read.supportsInterface([toFunctionSelector("hasStakingBonus(address)")]),
      true,
    );
  });
});
