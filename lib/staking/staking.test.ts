import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  BASE_APY_BPS,
  DTA_UNIT,
  LOCK_DAYS,
  MIN_STAKE,
  TIERS,
  baseApyBps,
  bonusPercent,
  earlyUnstakeOutcome,
  earnedAt,
  effectiveApyBps,
  isLockDays,
  lockIndexOf,
  nextTier,
  rewardAtUnlock,
  tierOf,
  unlockAfterTopUp,
  votingPower,
  votingPowerAt,
} from "./index.ts";
import { formatLockWeight } from "./wizard.ts";

const dta = (whole: bigint): bigint => whole * DTA_UNIT;

describe("staking tiers", () => {
  it("puts every boundary in the right tier", () => {
    assert.equal(tierOf(dta(1_000n) - 1n), undefined);
    assert.equal(tierOf(dta(1_000n)), "Bronze");
    assert.equal(tierOf(dta(10_000n) - 1n), "Bronze");
    assert.equal(tierOf(dta(10_000n)), "Silver");
    assert.equal(tierOf(dta(50_000n)), "Gold");
    assert.equal(tierOf(dta(100_000n)), "Platinum");
    assert.equal(tierOf(dta(500_000n) - 1n), "Platinum");
    assert.equal(tierOf(dta(500_000n)), "Diamond");
    assert.equal(MIN_STAKE, 10_000_000n);
  });

  it("tells the distance to the next tier", () => {
    assert.deepEqual(nextTier(dta(1_000n) - 1n), { tier: "Bronze", missing: 1n });
    assert.deepEqual(nextTier(dta(1_000n)), { tier: "Silver", missing: dta(9_000n) });
    assert.deepEqual(nextTier(dta(499_999n)), { tier: "Diamond", missing: dta(1n) });
    assert.equal(nextTier(dta(500_000n)), undefined);
  });

  it("has the specification's APY table", () => {
    assert.deepEqual(BASE_APY_BPS.Bronze, [800, 900, 1050, 1200]);
    assert.deepEqual(BASE_APY_BPS.Diamond, [1800, 2000, 2250, 2500]);
    assert.equal(baseApyBps("Platinum", 180), 1950);
    assert.equal(baseApyBps("Silver", 90), 1150);
    assert.equal(TIERS.length * LOCK_DAYS.length, 20);
  });

  it("maps lock periods to the contract's indexes", () => {
    assert.deepEqual(
      LOCK_DAYS.map((days) => lockIndexOf(days)),
      [0, 1, 2, 3],
    );
    assert.equal(isLockDays(90), true);
    assert.equal(isLockDays(60), false);
  });
});

describe("staking reward maths", () => {
  it("multiplies the base APY by the additive relative bonuses, rounding down", () => {
    assert.equal(bonusPercent([]), 0);
    assert.equal(bonusPercent(["twin", "dataQuality", "governance", "aiService"]), 70);
    assert.equal(effectiveApyBps("Bronze", 30), 800);
    assert.equal(effectiveApyBps("Bronze", 30, ["twin"]), 960);
    assert.equal(effectiveApyBps("Bronze", 180, ["dataQuality"]), 1207); // 1050 × 1.15 = 1207.5
    assert.equal(effectiveApyBps("Diamond", 365, ["twin", "dataQuality", "governance", "aiService"]), 4250);
  });

  it("computes the whole reward with the contract's rounding", () => {
    // 1,000 DTA × 8% × 30/365 = 6.57534… DTA → 65,753 base units (rounded down)
    assert.equal(rewardAtUnlock(dta(1_000n), 800, 30), 65_753n);
    // 1,000 DTA × 12% × 365/365 = 120 DTA exactly
    assert.equal(rewardAtUnlock(dta(1_000n), 1200, 365), dta(120n));
    assert.equal(rewardAtUnlock(dta(500_000n), 4250n, 365), dta(212_500n));
  });

  it("accrues linearly and never exceeds the reserve", () => {
    const reserved = 65_753n;
    assert.equal(earnedAt(reserved, 100n, 200n, 100n), 0n);
    assert.equal(earnedAt(reserved, 100n, 200n, 150n), 32_876n);
    assert.equal(earnedAt(reserved, 100n, 200n, 199n), 65_095n);
    assert.equal(earnedAt(reserved, 100n, 200n, 10_000n), reserved);
  });

  it("weights voting power by lock", () => {
    assert.equal(votingPower(dta(1_000n), 30), dta(1_000n));
    assert.equal(votingPower(dta(1_000n), 90), dta(1_250n));
    assert.equal(votingPower(dta(1_000n), 180), dta(1_500n));
    assert.equal(votingPower(dta(1_000n), 365), dta(2_000n));
    assert.equal(votingPower(10_000_001n, 90), 12_500_001n); // 12,500,001.25 rounded down
  });

  it("burns 10% of the principal on early unstake", () => {
    assert.deepEqual(earlyUnstakeOutcome(dta(1_000n), 5n), {
      penalty: dta(100n),
      principalReturned: dta(900n),
      paid: dta(900n) + 5n,
    });
  });
});

describe("lock weight over time and the top-up lock restart", () => {
  it("counts the lock weight until unlock and 1.0× of the principal from unlock on", () => {
    const unlock = 1_800_000_000n;
    assert.equal(votingPowerAt(dta(1_000n), 365, unlock, unlock - 1n), dta(2_000n));
    assert.equal(votingPowerAt(dta(1_000n), 365, unlock, unlock), dta(1_000n));
    assert.equal(votingPowerAt(dta(1_000n), 90, unlock, unlock + 30n * 86_400n), dta(1_000n));
    assert.equal(votingPowerAt(dta(1_000n), 90, unlock, 0n), dta(1_250n));
  });
  it("restarts the whole lock period from the top-up", () => {
    assert.equal(unlockAfterTopUp(1_000n, 30), 1_000n + 30n * 86_400n);
    assert.equal(unlockAfterTopUp(1_000n, 365), 1_000n + 365n * 86_400n);
  });
  it("writes lock weights with at least one decimal", () => {
    assert.deepEqual(
      [100n, 125n, 150n, 200n].map((percent) => formatLockWeight(percent)),
      ["1.0×", "1.25×", "1.5×", "2.0×"],
    );
  });
});
