/**
 * The data-quality staking bonus and compliance (issue 13): a contributor whose last 5 scored contributions
 * average ≥ 80 is DTAStaking's +15% data-quality bonus source — fewer than 5 scores never count, the window slides
 * (a sixth score replaces the oldest), and it is read by the real staking contract; DTA's blacklist and pause
 * reach through submit, grants, premium payments and reward claims.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, toFunctionSelector, type Address } from "viem";
import { deployData, dta, score, submit, type DataFixture } from "../fixtures/Data.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployData(viem);
/** `BonusKind.DataQuality` in IDTAStaking. */
const DATA_QUALITY = 1;

async function withStaking() {
  const fx = await deployData(viem);
  const staking = await viem.deployContract("DTAStaking", [
    fx.token.address,
    fx.admin.account.address,
    fx.admin.account.address,
  ]);
  await staking.write.setBonusSource([DATA_QUALITY, fx.data.address], { account: fx.admin.account });
  return { ...fx, staking };
}

let label = 0;
async function scored(fx: DataFixture, value: number): Promise<void> {
  await score(fx, await submit(fx, `bonus ${++label}`), value);
}

async function blacklist(fx: DataFixture, account: Address, listed = true): Promise<void> {
  await fx.token.write.setBlacklisted([account, listed], { account: fx.admin.account });
}

describe("DataContributions as DTAStaking's data-quality bonus source", () => {
  it("needs 5 scores averaging ≥ 80: 4 high scores do not count, the fifth does; +15% on the real APY", async () => {
    const fx = await networkHelpers.loadFixture(withStaking);
    const alice = fx.alice.account.address;
    const amount = 50_000n * 10_000n;
    const baseApy = await fx.staking.read.effectiveApyBps([alice, amount, 0n]);
    for (const value of [100, 100, 100, 100]) await scored(fx, value);
    assert.equal(await fx.data.read.hasStakingBonus([alice]), false, "four scores are not a window");
    // 100 × 4 + 0 = 400: an average of exactly 80.
    await scored(fx, 0);
    assert.deepEqual(await fx.data.read.scoreWindowOf([alice]), {
      count: 5,
      next: 0,
      sum: 400,
      scores: [100, 100, 100, 100, 0],
    });
    assert.equal(await fx.data.read.hasStakingBonus([alice]), true);
    assert.deepEqual(await fx.staking.read.bonusesOf([alice]), [[false, true, false, false], 15n]);
    assert.equal(await fx.staking.read.effectiveApyBps([alice, amount, 0n]), (baseApy * 115n) / 100n);
    assert.equal(await fx.data.read.hasStakingBonus([fx.bob.account.address]), false);
    assert.equal(
      await fx.data.read.supportsInterface([toFunctionSelector("hasStakingBonus(address)")]),
      true,
    );
  });

  it("the window slides: a sixth score replaces the oldest (average 79.8 loses it, 80 regains it)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const alice = fx.alice.account.address;
    for (const value of [80, 80, 80, 80, 80]) await scored(fx, value);
    assert.equal(await fx.data.read.hasStakingBonus([alice]), true);
    await scored(fx, 79); // window 80 80 80 80 79 = 399
    assert.equal((await fx.data.read.scoreWindowOf([alice])).sum, 399);
    assert.equal(await fx.data.read.hasStakingBonus([alice]), false);
    await scored(fx, 81); // 80 80 80 79 81 = 400
    assert.equal(await fx.data.read.hasStakingBonus([alice]), true);
    // Another contributor's scores never enter alice's window.
    await score(fx, await submit(fx, "bob's", fx.bob), 0);
    assert.equal((await fx.data.read.scoreWindowOf([alice])).sum, 400);
  });
});

describe("DataContributions compliance", () => {
  it("a blacklisted contributor cannot submit or claim; its reserved reward waits until cleared", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const alice = getAddress(fx.alice.account.address);
    await scored(fx, 95);
    await blacklist(fx, alice);
    for (const write of [
      fx.data.write.submit([`0x${"ab".repeat(32)}`, 0, 0, 0n], { account: fx.alice.account }),
      fx.data.write.claimRewards({ account: fx.alice.account }),
    ]) {
      await viem.assertions.revertWithCustomErrorWithArgs(write, fx.data, "AccountBlacklisted", [alice]);
    }
    assert.equal(await fx.data.read.rewardOwedTo([alice]), dta("20"));
    await blacklist(fx, alice, false);
    await fx.data.write.claimRewards({ account: fx.alice.account });
  });

  it("a blacklisted buyer cannot be approved or pay; a blacklisted contributor cannot be paid", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await submit(fx, "restricted", fx.alice, dta("2"));
    const [alice, buyer] = [getAddress(fx.alice.account.address), getAddress(fx.buyer.account.address)];
    await blacklist(fx, buyer);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.grantAccess([id, buyer], { account: fx.alice.account }),
      fx.data,
      "AccountBlacklisted",
      [buyer],
    );
    await blacklist(fx, buyer, false);
    await fx.data.write.grantAccess([id, buyer], { account: fx.alice.account });
    await blacklist(fx, buyer);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.payPremium([id, dta("2")], { account: fx.buyer.account }),
      fx.data,
      "AccountBlacklisted",
      [buyer],
    );
    await blacklist(fx, buyer, false);
    await blacklist(fx, alice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.data.write.payPremium([id, dta("2")], { account: fx.buyer.account }),
      fx.data,
      "AccountBlacklisted",
      [alice],
    );
  });

  it("nothing is paid while DTA is paused", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await submit(fx, "paused", fx.alice, dta("2"));
    await fx.data.write.grantAccess([id, fx.buyer.account.address], { account: fx.alice.account });
    await scored(fx, 95);
    await fx.token.write.pause({ account: fx.admin.account });
    for (const write of [
      fx.data.write.claimRewards({ account: fx.alice.account }),
      fx.data.write.payPremium([id, dta("2")], { account: fx.buyer.account }),
    ]) {
      await viem.assertions.revertWithCustomError(write, fx.data, "TokenPaused");
    }
  });
});
