/**
 * Ratings and the provider bonus (issue 12): 1–5 only from payers, one per payer (a new one replaces the
 * old), sum and count on-chain; the 5% bonus from the provider pool at ≥ 5 ratings averaging ≥ 4.0 (thresholds
 * at 4 vs 5 ratings and 3.99 vs 4.00), reserved at payment time, claimable, and an exhausted pool.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, type Address } from "viem";
import {
  assertSolvent,
  deployMarketplace,
  dta,
  freshPayers,
  list,
  pay,
  type MarketFixture,
} from "../fixtures/Marketplace.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployMarketplace(viem);
const smallPool = () => deployMarketplace(viem, dta("1.5"));
const tenDtaPool = () => deployMarketplace(viem, dta("10"));

const PRICE = dta("2");

/** `raters` pay one query of `serviceId` and rate it `ratings[i]`. */
async function rateBy(fx: MarketFixture, serviceId: bigint, raters: readonly Address[], ratings: number[]) {
  for (const [i, rater] of raters.entries()) {
    await fx.market.write.payForQueries([serviceId, 1n, PRICE], { account: rater });
    await fx.market.write.rate([serviceId, ratings[i] ?? 5], { account: rater });
  }
}

/** The bonus the next payment of `queries` queries reserves (read from its event). */
async function bonusOfPayment(fx: MarketFixture, serviceId: bigint, queries: bigint): Promise<bigint> {
  const before = await fx.market.read.bonusOwedTo([fx.alice.account.address]);
  await fx.market.write.payForQueries([serviceId, queries, PRICE], { account: fx.payer.account });
  return (await fx.market.read.bonusOwedTo([fx.alice.account.address])) - before;
}

describe("AIMarketplace ratings", () => {
  it("only a payer rates, 1 … 5; a new rating replaces the old one; sum and count on-chain", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, PRICE);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.rate([id, 5], { account: fx.payer.account }),
      fx.market,
      "NotAPayer",
      [id, getAddress(fx.payer.account.address)],
    );
    await pay(fx, id, 1n);
    for (const rating of [0, 6]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.market.write.rate([id, rating], { account: fx.payer.account }),
        fx.market,
        "InvalidRating",
        [BigInt(rating)],
      );
    }
    await viem.assertions.emitWithArgs(
      fx.market.write.rate([id, 3], { account: fx.payer.account }),
      fx.market,
      "ServiceRated",
      [id, getAddress(fx.payer.account.address), 3, 0, 3n, 1n],
    );
    await viem.assertions.emitWithArgs(
      fx.market.write.rate([id, 5], { account: fx.payer.account }),
      fx.market,
      "ServiceRated",
      [id, getAddress(fx.payer.account.address), 5, 3, 5n, 1n],
    );
    await pay(fx, id, 1n, fx.payer2);
    await fx.market.write.rate([id, 1], { account: fx.payer2.account });
    const service = await fx.market.read.serviceOf([id]);
    assert.deepEqual([service.ratingCount, service.ratingSum], [2, 6]);
    assert.equal(await fx.market.read.ratingOf([id, fx.payer.account.address]), 5);
    // Paying for another service does not let one rate this one; the provider cannot rate its own.
    const other = await list(fx, fx.bob, PRICE);
    await pay(fx, other, 1n, fx.bob);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.rate([id, 4], { account: fx.bob.account }),
      fx.market,
      "NotAPayer",
      [id, getAddress(fx.bob.account.address)],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.rate([other, 5], { account: fx.bob.account }),
      fx.market,
      "ProviderCannotRate",
      [other],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.rate([9n, 5], { account: fx.payer.account }),
      fx.market,
      "UnknownService",
      [9n],
    );
  });
});

describe("AIMarketplace provider bonus", () => {
  it("4 ratings of 5 earn nothing; the 5th starts a 5% bonus reserved at payment time, then claimed", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, PRICE);
    const raters = await freshPayers(fx, networkHelpers, 5, dta("100"));
    await rateBy(fx, id, raters.slice(0, 4), [5, 5, 5, 5]);
    assert.equal(await fx.market.read.earnsProviderBonus([id]), false);
    assert.equal(await bonusOfPayment(fx, id, 7n), 0n, "4 ratings");

    await rateBy(fx, id, raters.slice(4), [5]);
    assert.equal(await fx.market.read.earnsProviderBonus([id]), true);
    // 7 × 2 DTA = 14 DTA → 5% = 0.7 DTA.
    const pool = await fx.market.read.poolAvailable();
    await viem.assertions.emitWithArgs(
      fx.market.write.payForQueries([id, 7n, PRICE], { account: fx.payer.account }),
      fx.market,
      "QueriesPaid",
      [
        await fx.market.read.requestCount().then((n) => n + 1n),
        id,
        getAddress(fx.payer.account.address),
        7n,
        PRICE,
        dta("14"),
        dta("0.28"),
        dta("1.372"),
        dta("12.348"),
        dta("0.7"),
      ],
    );
    assert.equal(await fx.market.read.poolAvailable(), pool - dta("0.7"));
    assert.equal(await fx.market.read.totalBonusOwed(), dta("0.7"));
    assert.equal(await fx.market.read.bonusEarnedBy([id]), dta("0.7"));
    await assertSolvent(fx);

    const balance = await fx.token.read.balanceOf([fx.alice.account.address]);
    await viem.assertions.emitWithArgs(
      fx.market.write.claimProviderBonus({ account: fx.alice.account }),
      fx.market,
      "ProviderBonusClaimed",
      [getAddress(fx.alice.account.address), dta("0.7")],
    );
    assert.equal(await fx.token.read.balanceOf([fx.alice.account.address]), balance + dta("0.7"));
    assert.equal(await fx.market.read.totalBonusOwed(), 0n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.claimProviderBonus({ account: fx.alice.account }),
      fx.market,
      "NoProviderBonus",
      [getAddress(fx.alice.account.address)],
    );
    await assertSolvent(fx);
  });

  it("an average of 3.99 earns nothing; one rating raised to reach 4.00 starts the bonus", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await list(fx, fx.alice, PRICE);
    const raters = await freshPayers(fx, networkHelpers, 100, dta("10"));
    // 99 fours and one three: 399 / 100 = 3.99.
    await rateBy(
      fx,
      id,
      raters,
      raters.map((_, i) => (i === 0 ? 3 : 4)),
    );
    const service = await fx.market.read.serviceOf([id]);
    assert.deepEqual([service.ratingCount, service.ratingSum], [100, 399]);
    assert.equal(await bonusOfPayment(fx, id, 10n), 0n, "3.99");

    await fx.market.write.rate([id, 4], { account: raters[0]! });
    assert.deepEqual((await fx.market.read.serviceOf([id])).ratingSum, 400);
    assert.equal(await bonusOfPayment(fx, id, 10n), dta("1"), "4.00: 5% of 20 DTA");
  });

  it("an exhausted pool gives what is left, then nothing, and says so", async () => {
    // A pool of 1.5 DTA: a 20-DTA payment's 1-DTA bonus leaves 0.5; the next gets that 0.5 and says so; then 0.
    const fx = await networkHelpers.loadFixture(smallPool);
    const id = await list(fx, fx.alice, PRICE);
    await rateBy(fx, id, await freshPayers(fx, networkHelpers, 5, dta("100")), [5, 5, 4, 4, 4]);
    assert.equal(await bonusOfPayment(fx, id, 10n), dta("1"));
    assert.equal(await fx.market.read.poolAvailable(), dta("0.5"));

    await viem.assertions.emitWithArgs(
      fx.market.write.payForQueries([id, 10n, PRICE], { account: fx.payer.account }),
      fx.market,
      "ProviderPoolShort",
      [id, dta("1"), dta("0.5")],
    );
    assert.equal(await fx.market.read.poolAvailable(), 0n);
    assert.equal(await fx.market.read.bonusOwedTo([fx.alice.account.address]), dta("1.5"));
    // Empty: the payment still goes through, the provider share in full, the bonus 0.
    const provider = await fx.token.read.balanceOf([fx.alice.account.address]);
    await viem.assertions.emitWithArgs(
      fx.market.write.payForQueries([id, 10n, PRICE], { account: fx.payer.account }),
      fx.market,
      "ProviderPoolShort",
      [id, dta("1"), 0n],
    );
    assert.equal(await fx.token.read.balanceOf([fx.alice.account.address]), provider + dta("17.64"));
    assert.equal(await fx.market.read.bonusOwedTo([fx.alice.account.address]), dta("1.5"));
    await assertSolvent(fx);
    // Reserved bonuses are still paid in full from an empty pool.
    await fx.market.write.claimProviderBonus({ account: fx.alice.account });
    assert.equal(await fx.token.read.balanceOf([fx.market.address]), 0n);
  });

  it("governance releases only the unreserved pool", async () => {
    const fx = await networkHelpers.loadFixture(tenDtaPool);
    const id = await list(fx, fx.alice, PRICE);
    await rateBy(fx, id, await freshPayers(fx, networkHelpers, 5, dta("100")), [4, 4, 4, 4, 4]);
    await bonusOfPayment(fx, id, 10n); // reserves 1 DTA
    const recipient = fx.bob.account.address;
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.market.write.releaseProviderPool([recipient, dta("9.0001")], { account: fx.admin.account }),
      fx.market,
      "ExceedsUnreservedProviderPool",
      [dta("9.0001"), dta("9")],
    );
    await viem.assertions.revertWithCustomError(
      fx.market.write.releaseProviderPool([recipient, dta("1")], { account: fx.alice.account }),
      fx.market,
      "AccessControlUnauthorizedAccount",
    );
    const before = await fx.token.read.balanceOf([recipient]);
    await viem.assertions.emitWithArgs(
      fx.market.write.releaseProviderPool([recipient, dta("9")], { account: fx.admin.account }),
      fx.market,
      "ProviderPoolReleased",
      [getAddress(recipient), dta("9")],
    );
    assert.equal(await fx.token.read.balanceOf([recipient]), before + dta("9"));
    assert.equal(await fx.market.read.poolAvailable(), 0n);
    assert.equal(await fx.market.read.totalBonusOwed(), dta("1"));
    await assertSolvent(fx);
  });
});
