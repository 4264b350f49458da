/**
 * The staking tables — tiers, lock periods, base APY, lock weights and ecosystem bonuses — exactly as
 * contracts/staking/StakingTables.sol has them (a contract test compares the two). Amounts are bigint base
 * units (4 decimals); rates are integer basis points.
 */

/** 1 DTA in base units (4 decimals). */
export const DTA_UNIT = 10_000n;

/** Tiers in the contract's `Tier` enum order (index = enum value). */
export const TIERS = ["Bronze", "Silver", "Gold", "Platinum", "Diamond"] as const;
export type Tier = (typeof TIERS)[number];

/** Smallest amount (base units) that puts one position in each tier. */
export const TIER_MINIMUMS: Readonly<Record<Tier, bigint>> = {
  Bronze: 1_000n * DTA_UNIT,
  Silver: 10_000n * DTA_UNIT,
  Gold: 50_000n * DTA_UNIT,
  Platinum: 100_000n * DTA_UNIT,
  Diamond: 500_000n * DTA_UNIT,
};

/** The smallest stake the contract accepts. */
export const MIN_STAKE = TIER_MINIMUMS.Bronze;

/** Lock periods in the contract's lock-index order. */
export const LOCK_DAYS = [30, 90, 180, 365] as const;
export type LockDays = (typeof LOCK_DAYS)[number];

/** Base APY in basis points, per tier, per lock period (30 / 90 / 180 / 365 days). */
export const BASE_APY_BPS: Readonly<Record<Tier, readonly [number, number, number, number]>> = {
  Bronze: [800, 900, 1050, 1200],
  Silver: [1000, 1150, 1300, 1500],
  Gold: [1200, 1400, 1600, 1800],
  Platinum: [1500, 1700, 1950, 2200],
  Diamond: [1800, 2000, 2250, 2500],
};

/** Voting weight of a position, in percent of its principal, per lock period (1.0× / 1.25× / 1.5× / 2.0×). */
export const LOCK_WEIGHT_PCT: Readonly<Record<LockDays, bigint>> = {
  30: 100n,
  90: 125n,
  180: 150n,
  365: 200n,
};

/** Ecosystem bonuses in the contract's `BonusKind` order; each raises the base APY by `percent` relative. */
export const BONUSES = [
  { kind: "twin", percent: 20, label: "Owns an active digital twin" },
  { kind: "dataQuality", percent: 15, label: "Data contribution quality" },
  { kind: "governance", percent: 10, label: "Voted in governance" },
  { kind: "aiService", percent: 25, label: "Lists an active AI service" },
] as const;
export type BonusKind = (typeof BONUSES)[number]["kind"];

/** Early-unstake penalty on the principal, in basis points (10%, burned). */
export const EARLY_UNSTAKE_PENALTY_BPS = 1_000n;

export const SECONDS_PER_DAY = 86_400n;
export const SECONDS_PER_YEAR = 365n * SECONDS_PER_DAY;
export const BPS = 10_000n;

/** Whether `days` is one of the offered lock periods. */
export function isLockDays(days: number): days is LockDays {
  return (LOCK_DAYS as readonly number[]).includes(days);
}

/** Lock index 0..3 (the contract's view functions take it) for a lock period. */
export function lockIndexOf(days: LockDays): 0 | 1 | 2 | 3 {
  const index = LOCK_DAYS.indexOf(days);
  if (index < 0) throw new RangeError(`lock period must be 30, 90, 180 or 365 days, got ${days}`);
  return index as 0 | 1 | 2 | 3;
}

/** Tier of a position holding `amount` base units, or `undefined` below the 1,000 DTA minimum. */
export function tierOf(amount: bigint): Tier | undefined {
  for (let i = TIERS.length - 1; i >= 0; i--) {
    const tier = TIERS[i] as Tier;
    if (amount >= TIER_MINIMUMS[tier]) return tier;
  }
  return undefined;
}

/** Index of a tier in the contract's `Tier` enum. */
export function tierIndex(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** The next tier up and how many base units are missing to reach it; `undefined` at Diamond. */
export function nextTier(amount: bigint): { tier: Tier; missing: bigint } | undefined {
  const next = TIERS.find((tier) => TIER_MINIMUMS[tier] > amount);
  return next === undefined ? undefined : { tier: next, missing: TIER_MINIMUMS[next] - amount };
}

/** Base APY (basis points) of a tier at a lock period. */
export function baseApyBps(tier: Tier, lockDays: LockDays): number {
  return BASE_APY_BPS[tier][lockIndexOf(lockDays)];
}
