import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { zeroAddress } from "viem";
import {
  BASE_APY_BPS,
  LOCK_DAYS,
  TIERS,
  lockIndexOf,
  rewardAtUnlock,
  votingPower,
} from "../../lib/staking/index.ts";
import { Bonus, DAY, Tier, deployStaking, dta, stake, type StakingFixture } from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);

/** The mock sources, set as all four bonus sources. */
async function withBonusSources(fx: StakingFixture) {
  const sources = [];
  for (const kind of [Bonus.Twin, Bonus.DataQuality, Bonus.Governance, Bonus.AIService]) {
    const source = await viem.deployContract("MockBonusSource");
    await fx.staking.write.setBonusSource([kind, source.address], { account: fx.admin.account });
    sources.push(source);
  }
  const [twin, data, governance, ai] = sources;
  assert.ok(twin && data && governance && ai);
  return { twin, data, governance, ai };
}

describe("DTAStaking tiers, locks and APY", () => {
  it("refuses 999.9999 DTA and accepts 1,000 DTA as Bronze", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.stake([dta("999.9999"), 30n], { account: fx.alice.account }),
      fx.staking,
      "AmountBelowMinimum",
      [9_999_999n, 10_000_000n],
    );
    const id = await stake(fx, fx.alice, dta("1000"), 30n);
    const p = await fx.staking.read.position([id]);
    assert.equal(p.tier, Tier.Bronze);
    assert.equal(p.principal, dta("1000"));
    assert.equal(p.owner.toLowerCase(), fx.alice.account.address.toLowerCase());
  });

  it("puts every tier boundary in the right tier", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const cases: [string, number][] = [
      ["1000", Tier.Bronze],
      ["9999.9999", Tier.Bronze],
      ["10000", Tier.Silver],
      ["49999.9999", Tier.Silver],
      ["50000", Tier.Gold],
      ["99999.9999", Tier.Gold],
      ["100000", Tier.Platinum],
      ["499999.9999", Tier.Platinum],
      ["500000", Tier.Diamond],
      ["1000000000", Tier.Diamond],
    ];
    for (const [amount, tier] of cases)
      assert.equal(await fx.staking.read.tierOf([dta(amount)]), tier, amount);
    await viem.assertions.revertWithCustomError(
      fx.staking.read.tierOf([0n]),
      fx.staking,
      "AmountBelowMinimum",
    );
    // And through real positions at the two top boundaries.
    const platinum = await stake(fx, fx.alice, dta("499999.9999"), 365n);
    const diamond = await stake(fx, fx.alice, dta("500000"), 365n);
    assert.equal((await fx.staking.read.position([platinum])).tier, Tier.Platinum);
    assert.equal((await fx.staking.read.position([platinum])).apyBps, 2200n);
    assert.equal((await fx.staking.read.position([diamond])).tier, Tier.Diamond);
    assert.equal((await fx.staking.read.position([diamond])).apyBps, 2500n);
    assert.equal(await fx.staking.read.totalStakedByTier([Tier.Platinum]), dta("499999.9999"));
    assert.equal(await fx.staking.read.totalStakedByTier([Tier.Diamond]), dta("500000"));
  });

  it("opens every lock period at its base APY, unlock time and reserved reward", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    for (const days of LOCK_DAYS) {
      const amount = dta("12345.6789");
      const id = await stake(fx, fx.alice, amount, BigInt(days));
      const p = await fx.staking.read.position([id]);
      const apy = BASE_APY_BPS.Silver[lockIndexOf(days)];
      assert.equal(p.lockDays, BigInt(days));
      assert.equal(p.lockSeconds, BigInt(days) * DAY);
      assert.equal(p.unlock - p.start, BigInt(days) * DAY);
      assert.equal(p.start, BigInt(await networkHelpers.time.latest()));
      assert.equal(p.apyBps, BigInt(apy));
      assert.equal(p.bonusPercent, 0n);
      assert.equal(p.reserved, rewardAtUnlock(amount, apy, days));
      assert.equal(p.votingUnits, votingPower(amount, days));
      assert.equal(p.claimed, 0n);
    }
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.staking.write.stake([dta("1000"), 60n], { account: fx.alice.account }),
      fx.staking,
      "InvalidLockPeriod",
      [60n],
    );
  });

  it("has the same tables as lib/staking", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    for (const [tierIndex, tier] of TIERS.entries()) {
      for (const [lockIndex, days] of LOCK_DAYS.entries()) {
        const onChain = await fx.staking.read.baseApyBps([tierIndex, BigInt(lockIndex)]);
        assert.equal(onChain, BigInt(BASE_APY_BPS[tier][lockIndex] ?? -1), `${tier} ${days}d`);
      }
    }
    for (const [lockIndex, days] of LOCK_DAYS.entries()) {
      assert.equal(await fx.staking.read.lockDaysOf([BigInt(lockIndex)]), BigInt(days));
      const amount = dta("1000.0003");
      assert.equal(
        await fx.staking.read.votingUnitsOf([amount, BigInt(lockIndex)]),
        votingPower(amount, days),
      );
    }
    await viem.assertions.revertWithCustomError(
      fx.staking.read.baseApyBps([0, 4n]),
      fx.staking,
      "InvalidLockIndex",
    );
  });
});

describe("DTAStaking ecosystem bonuses", () => {
  it("gives no bonus while the sources are unset", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [eligible, percent] = await fx.staking.read.bonusesOf([fx.alice.account.address]);
    assert.deepEqual(eligible, [false, false, false, false]);
    assert.equal(percent, 0n);
    assert.equal(await fx.staking.read.effectiveApyBps([fx.alice.account.address, dta("1000"), 0n]), 800n);
    assert.equal(await fx.staking.read.bonusSource([Bonus.Twin]), zeroAddress);
  });

  it("multiplies the base APY by the sum of the bonuses the staker has", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { twin, data, governance, ai } = await withBonusSources(fx);
    await twin.write.setEligible([fx.alice.account.address, true]);
    await governance.write.setEligible([fx.alice.account.address, true]);
    const [eligible, percent] = await fx.staking.read.bonusesOf([fx.alice.account.address]);
    assert.deepEqual(eligible, [true, false, true, false]);
    assert.equal(percent, 30n);

    const preview = await fx.staking.read.previewReward([fx.alice.account.address, dta("1000"), 0n]);
    const id = await stake(fx, fx.alice, dta("1000"), 30n);
    const p = await fx.staking.read.position([id]);
    assert.equal(p.apyBps, 1040n); // 800 × 1.30
    assert.equal(p.bonusPercent, 30n);
    assert.equal(p.reserved, rewardAtUnlock(dta("1000"), 1040, 30));
    assert.equal(p.reserved, preview);

    // bob has none of the bonuses.
    const bobs = await stake(fx, fx.bob, dta("1000"), 30n);
    assert.equal((await fx.staking.read.position([bobs])).apyBps, 800n);

    // All four: +70%. Gold 180 days: 1600 × 1.7 = 2720; Silver 90 days: 1150 × 1.7 = 1955.
    for (const source of [twin, data, governance, ai])
      await source.write.setEligible([fx.carol.account.address, true]);
    const gold = await stake(fx, fx.carol, dta("50000"), 180n);
    assert.equal((await fx.staking.read.position([gold])).apyBps, 2720n);
    assert.equal((await fx.staking.read.position([gold])).bonusPercent, 70n);
    assert.equal(await fx.staking.read.effectiveApyBps([fx.carol.account.address, dta("10000"), 1n]), 1955n);

    // An open position keeps the APY it was opened with.
    await twin.write.setEligible([fx.alice.account.address, false]);
    assert.equal((await fx.staking.read.position([id])).apyBps, 1040n);
  });

  it("rounds a fractional bonus APY down (1050 × 1.15 = 1207.5 → 1207)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { data } = await withBonusSources(fx);
    await data.write.setEligible([fx.alice.account.address, true]);
    const id = await stake(fx, fx.alice, dta("1000"), 180n);
    const p = await fx.staking.read.position([id]);
    assert.equal(p.apyBps, 1207n);
    assert.equal(p.bonusPercent, 15n);
  });

  it("treats a reverting, gas-burning or malformed source as no bonus, never blocking a stake", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { twin, data, governance } = await withBonusSources(fx);
    for (const source of [twin, data, governance])
      await source.write.setEligible([fx.alice.account.address, true]);
    await twin.write.setMode([1]); // Revert
    await data.write.setMode([2]); // BurnGas
    await governance.write.setMode([3]); // ShortReturn
    const id = await stake(fx, fx.alice, dta("1000"), 30n);
    assert.equal((await fx.staking.read.position([id])).apyBps, 800n);
    // An address without code as a source: no bonus either.
    await fx.staking.write.setBonusSource([Bonus.AIService, fx.bob.account.address], {
      account: fx.admin.account,
    });
    assert.equal(await fx.staking.read.effectiveApyBps([fx.alice.account.address, dta("1000"), 0n]), 800n);
  });

  it("lets only the admin set sources, and clearing one removes its bonus", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const { twin } = await withBonusSources(fx);
    await twin.write.setEligible([fx.alice.account.address, true]);
    assert.equal(await fx.staking.read.effectiveApyBps([fx.alice.account.address, dta("1000"), 0n]), 960n);
    await viem.assertions.revertWithCustomError(
      fx.staking.write.setBonusSource([Bonus.Twin, zeroAddress], { account: fx.alice.account }),
      fx.staking,
      "AccessControlUnauthorizedAccount",
    );
    await viem.assertions.emitWithArgs(
      fx.staking.write.setBonusSource([Bonus.Twin, zeroAddress], { account: fx.admin.account }),
      fx.staking,
      "BonusSourceUpdated",
      [Bonus.Twin, zeroAddress],
    );
    assert.equal(await fx.staking.read.effectiveApyBps([fx.alice.account.address, dta("1000"), 0n]), 800n);
  });
});
