/**
 * Data contributions (issue 13): submit with a category and licence, duplicates refused; the validator scores
 * once, 0 … 100; the reward is the base reward × the score's multiplier at the band edges 49/50/79/80/94/95,
 * reserved from the data pool at scoring and claimable; a short pool gives what it has and an empty one scores
 * but pays nothing, saying so; governance sets the base reward and may release only the unreserved pool.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, keccak256, toHex, zeroAddress, zeroHash } from "viem";
import {
  BASE_REWARD,
  DATA_POOL,
  OPEN,
  RESTRICTED,
  assertSolvent,
  dataHash,
  deployData,
  dta,
  multiplierBps,
  score,
  submit,
} from "../fixtures/Data.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployData(viem);
const smallPool = () => deployData(viem, dta("25"));
const VALIDATOR_ROLE = keccak256(toHex("VALIDATOR_ROLE"));

describe("DataContributions submit", () => {
  it("records hash, category, licence and premium, and emits ContributionSubmitted", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const hash = dataHash("air quality, week 1");
    await viem.assertions.emitWithArgs(
      fx.data.write.submit([hash, 3, RESTRICTED, dta("25")], { account: fx.alice.account }),
      fx.data,
      "ContributionSubmitted",
      [1n, getAddress(fx.alice.account.address), 3, hash, RESTRICTED, dta("25")],
    );
    const c = await fx.data.read.contributionOf([1n]);
    assert.equal(c.contributor, getAddress(fx.alice.account.address));
    assert.equal(c.categoryId, 3);
    assert.equal(c.licence, RESTRICTED);
    assert.equal(c.premiumPrice, dta("25"));
    assert.equal(c.scored, false);
    assert.equal(await fx.data.read.dataHashOf([1n]), hash);
    assert.equal(await fx.data.read.contributionIdOf([hash]), 1n);
    assert.equal(await fx.data.read.categoryName([3]), "Environment");
    assert.equal(await fx.data.read.categoryCount(), 7);
  });

  it("refuses a duplicate hash (from anyone), a zero hash and an unknown category", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await submit(fx, "meter 17");
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.submit([dataHash("meter 17"), 0, OPEN, 0n], { account: fx.bob.account }),
      fx.data,
      "DuplicateDataHash",
      [dataHash("meter 17"), id],
    );
    await viem.assertions.revertWithCustomError(
      fx.data.write.submit([zeroHash, 0, OPEN, 0n], { account: fx.bob.account }),
      fx.data,
      "EmptyDataHash",
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.submit([dataHash("x"), 7, OPEN, 0n], { account: fx.bob.account }),
      fx.data,
      "UnknownDataCategory",
      [7n],
    );
  });

  it("an open contribution has no premium; a restricted one's is 1 … 1,000,000 DTA", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const max = await fx.data.read.MAX_PREMIUM_PRICE();
    for (const [licence, premium] of [
      [OPEN, 1n],
      [RESTRICTED, 0n],
      [RESTRICTED, max + 1n],
    ] as const) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.data.write.submit([dataHash(`p${licence}${premium}`), 0, licence, premium], {
          account: fx.alice.account,
        }),
        fx.data,
        "InvalidPremiumPrice",
        [premium, max],
      );
    }
    await fx.data.write.submit([dataHash("max"), 0, RESTRICTED, max], { account: fx.alice.account });
  });

  it("governance adds categories (1 … 32 bytes); others may not", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await viem.assertions.emitWithArgs(
      fx.data.write.addCategory(["Water"], { account: fx.admin.account }),
      fx.data,
      "DataCategoryAdded",
      [7, "Water"],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.addCategory([""], { account: fx.admin.account }),
      fx.data,
      "InvalidDataCategoryName",
      [0n, 32n],
    );
    await viem.assertions.revertWithCustomError(
      fx.data.write.addCategory(["Water"], { account: fx.alice.account }),
      fx.data,
      "AccessControlUnauthorizedAccount",
    );
  });
});

describe("DataContributions score and reward", () => {
  for (const value of [0, 49, 50, 79, 80, 94, 95, 100]) {
    it(`score ${value} reserves base × ${Number(multiplierBps(value)) / 10_000}`, async () => {
      const fx = await networkHelpers.loadFixture(fixture);
      const id = await submit(fx, `band ${value}`);
      const reward = (BASE_REWARD * multiplierBps(value)) / 10_000n;
      await viem.assertions.emitWithArgs(
        fx.data.write.score([id, value], { account: fx.validator.account }),
        fx.data,
        "ContributionScored",
        [
          id,
          getAddress(fx.alice.account.address),
          getAddress(fx.validator.account.address),
          value,
          multiplierBps(value),
          reward,
        ],
      );
      const c = await fx.data.read.contributionOf([id]);
      assert.equal(c.scored, true);
      assert.equal(c.score, value);
      assert.equal(c.reward, reward);
      assert.equal(await fx.data.read.rewardFor([BigInt(value)]), reward);
      assert.equal(await fx.data.read.rewardOwedTo([fx.alice.account.address]), reward);
      assert.equal(await fx.data.read.totalRewardOwed(), reward);
      assert.equal(await fx.data.read.poolAvailable(), DATA_POOL - reward);
      await assertSolvent(fx);
    });
  }

  it("the band edges give 0, 10, 10, 15, 15, 20 DTA at the default base reward", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const expected = [0n, dta("10"), dta("10"), dta("15"), dta("15"), dta("20")];
    const edges = [49n, 50n, 79n, 80n, 94n, 95n];
    assert.deepEqual(await Promise.all(edges.map((s) => fx.data.read.rewardFor([s]))), expected);
  });

  it("scores once; refuses > 100, non-validators and a validator scoring its own contribution", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await submit(fx, "once");
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.score([id, 101], { account: fx.validator.account }),
      fx.data,
      "InvalidScore",
      [101n],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.score([id, 90], { account: fx.bob.account }),
      fx.data,
      "AccessControlUnauthorizedAccount",
      [getAddress(fx.bob.account.address), VALIDATOR_ROLE],
    );
    await score(fx, id, 90);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.score([id, 95], { account: fx.validator.account }),
      fx.data,
      "AlreadyScored",
      [id],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.score([99n, 95], { account: fx.validator.account }),
      fx.data,
      "UnknownContribution",
      [99n],
    );
    const own = await submit(fx, "validator's own", fx.validator);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.score([own, 95], { account: fx.validator.account }),
      fx.data,
      "ValidatorIsContributor",
      [own, getAddress(fx.validator.account.address)],
    );
  });

  it("the admin grants and revokes the validator role", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await submit(fx, "role");
    await fx.data.write.grantRole([VALIDATOR_ROLE, fx.bob.account.address], { account: fx.admin.account });
    await fx.data.write.score([id, 60], { account: fx.bob.account });
    await fx.data.write.revokeRole([VALIDATOR_ROLE, fx.bob.account.address], { account: fx.admin.account });
    const next = await submit(fx, "role 2");
    await viem.assertions.revertWithCustomError(
      fx.data.write.score([next, 60], { account: fx.bob.account }),
      fx.data,
      "AccessControlUnauthorizedAccount",
    );
  });

  it("the contributor claims the reserved rewards once; nothing left says NoDataReward", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await score(fx, await submit(fx, "a"), 95);
    await score(fx, await submit(fx, "b"), 80);
    await score(fx, await submit(fx, "c"), 10);
    const owed = dta("35");
    assert.equal(await fx.data.read.rewardOwedTo([fx.alice.account.address]), owed);
    const before = await fx.token.read.balanceOf([fx.alice.account.address]);
    await viem.assertions.emitWithArgs(
      fx.data.write.claimRewards({ account: fx.alice.account }),
      fx.data,
      "DataRewardClaimed",
      [getAddress(fx.alice.account.address), owed],
    );
    assert.equal(await fx.token.read.balanceOf([fx.alice.account.address]), before + owed);
    assert.equal(await fx.data.read.totalRewardOwed(), 0n);
    assert.equal(await fx.token.read.balanceOf([fx.data.address]), DATA_POOL - owed);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.claimRewards({ account: fx.alice.account }),
      fx.data,
      "NoDataReward",
      [getAddress(fx.alice.account.address)],
    );
    await assertSolvent(fx);
  });

  it("a short pool gives what it has and says so; an empty pool scores, pays nothing and says so", async () => {
    const fx = await networkHelpers.loadFixture(smallPool);
    await score(fx, await submit(fx, "first"), 95); // 20 of 25
    const short = await submit(fx, "second");
    await viem.assertions.emitWithArgs(
      fx.data.write.score([short, 95], { account: fx.validator.account }),
      fx.data,
      "DataPoolShort",
      [short, dta("20"), dta("5")],
    );
    assert.equal((await fx.data.read.contributionOf([short])).reward, dta("5"));
    assert.equal(await fx.data.read.poolAvailable(), 0n);
    const empty = await submit(fx, "third");
    await viem.assertions.emitWithArgs(
      fx.data.write.score([empty, 80], { account: fx.validator.account }),
      fx.data,
      "DataPoolShort",
      [empty, dta("15"), 0n],
    );
    const c = await fx.data.read.contributionOf([empty]);
    assert.equal(c.scored, true);
    assert.equal(c.score, 80);
    assert.equal(c.reward, 0n);
    assert.equal(await fx.data.read.totalRewardOwed(), dta("25"));
    await assertSolvent(fx);
    // A score below 50 earns nothing, so there is nothing the pool lacks.
    const low = await submit(fx, "fourth");
    const tx = await fx.data.write.score([low, 30], { account: fx.validator.account });
    const receipt = await fx.publicClient.waitForTransactionReceipt({ hash: tx });
    assert.equal(receipt.logs.length, 1, "ContributionScored only");
  });

  it("governance sets the base reward (1 … 1,000 DTA); new scores use it, reserved rewards stay", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await score(fx, await submit(fx, "old"), 95);
    await viem.assertions.emitWithArgs(
      fx.data.write.setBaseReward([dta("4")], { account: fx.admin.account }),
      fx.data,
      "BaseRewardUpdated",
      [BASE_REWARD, dta("4")],
    );
    await score(fx, await submit(fx, "new"), 80);
    assert.equal(await fx.data.read.rewardOwedTo([fx.alice.account.address]), dta("20") + dta("6"));
    for (const bad of [0n, dta("1000") + 1n]) {
      await viem.assertions.revertWithCustomErrorWithArgs(
        fx.data.write.setBaseReward([bad], { account: fx.admin.account }),
        fx.data,
        "InvalidBaseReward",
        [bad, dta("1000")],
      );
    }
    await viem.assertions.revertWithCustomError(
      fx.data.write.setBaseReward([dta("5")], { account: fx.alice.account }),
      fx.data,
      "AccessControlUnauthorizedAccount",
    );
  });

  it("governance releases only the unreserved pool", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await score(fx, await submit(fx, "reserved"), 95);
    const available = DATA_POOL - dta("20");
    const to = fx.dave.account.address;
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.releaseDataPool([to, available + 1n], { account: fx.admin.account }),
      fx.data,
      "ExceedsUnreservedDataPool",
      [available + 1n, available],
    );
    await viem.assertions.revertWithCustomError(
      fx.data.write.releaseDataPool([zeroAddress, 1n], { account: fx.admin.account }),
      fx.data,
      "ZeroAddress",
    );
    await viem.assertions.revertWithCustomError(
      fx.data.write.releaseDataPool([to, 1n], { account: fx.alice.account }),
      fx.data,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.emitWithArgs(
      fx.data.write.releaseDataPool([to, available], { account: fx.admin.account }),
      fx.data,
      "DataPoolReleased",
      [getAddress(to), available],
    );
    assert.equal(await fx.data.read.poolAvailable(), 0n);
    await fx.data.write.claimRewards({ account: fx.alice.account });
    assert.equal(await fx.token.read.balanceOf([fx.data.address]), 0n);
  });
});
