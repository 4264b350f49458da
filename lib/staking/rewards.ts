/**
 * The staking reward maths, in bigint, with the contract's rounding (always down), so the UI previews exactly
 * what DTAStaking reserves and pays.
 */
import {
  BONUSES,
  BPS,
  EARLY_UNSTAKE_PENALTY_BPS,
  LOCK_WEIGHT_PCT,
  SECONDS_PER_DAY,
  SECONDS_PER_YEAR,
  baseApyBps,
  type BonusKind,
  type LockDays,
  type Tier,
} from "./tables.ts";

/** Sum, in percent, of the given ecosystem bonuses (each counted once). */
export function bonusPercent(kinds: readonly BonusKind[]): number {
  return BONUSES.filter((bonus) => kinds.includes(bonus.kind)).reduce((sum, bonus) => sum + bonus.percent, 0);
}

/** Effective APY in basis points: ⌊base × (100 + bonus%) / 100⌋, as the contract computes it. */
export function effectiveApyBps(tier: Tier, lockDays: LockDays, bonuses: readonly BonusKind[] = []): number {
  const base = BigInt(baseApyBps(tier, lockDays));
  return Number((base * BigInt(100 + bonusPercent(bonuses))) / 100n);
}

/** The whole reward a position earns by unlock: ⌊amount × apy × lockSeconds / (10,000 × 365 days)⌋. */
export function rewardAtUnlock(amount: bigint, apyBps: number | bigint, lockDays: LockDays): bigint {
  return rewardOver(amount, apyBps, BigInt(lockDays) * SECONDS_PER_DAY);
}

/** Reward of `amount` at `apyBps` over `seconds`, rounded down (the contract reserves this on compound). */
export function rewardOver(amount: bigint, apyBps: number | bigint, seconds: bigint): bigint {
  return (amount * BigInt(apyBps) * seconds) / (BPS * SECONDS_PER_YEAR);
}

/** Rewards earned by `now` (unix seconds) in a segment [start, unlock] that reserved `reserved` in total. */
export function earnedAt(reserved: bigint, start: bigint, unlock: bigint, now: bigint): bigint {
  if (now >= unlock) return reserved;
  if (now <= start) return 0n;
  return (reserved * (now - start)) / (unlock - start);
}

/** Voting power of a position: amount × lock weight (1.0 / 1.25 / 1.5 / 2.0), rounded down. */
export function votingPower(amount: bigint, lockDays: LockDays): bigint {
  return (amount * LOCK_WEIGHT_PCT[lockDays]) / 100n;
}

/**
 * Voting power a position is due at `now`: its lock weight until `unlock`, then 1.0× of the principal (what
 * the contract counts once the unlock weight is applied by `poke` or any action on the position).
 */
export function votingPowerAt(principal: bigint, lockDays: LockDays, unlock: bigint, now: bigint): bigint {
  return now >= unlock ? principal : votingPower(principal, lockDays);
}

/** A top-up restarts the lock: the position unlocks its whole lock period after the top-up. */
export function unlockAfterTopUp(toppedUpAt: bigint, lockDays: LockDays): bigint {
  return toppedUpAt + BigInt(lockDays) * SECONDS_PER_DAY;
}

/** What an early unstake returns: 10% of the principal burned, earned unclaimed rewards paid. */
export function earlyUnstakeOutcome(
  principal: bigint,
  claimableRewards: bigint,
): { penalty: bigint; principalReturned: bigint; paid: bigint } {
  const penalty = (principal * EARLY_UNSTAKE_PENALTY_BPS) / BPS;
  return { penalty, principalReturned: principal - penalty, paid: principal - penalty + claimableRewards };
}
