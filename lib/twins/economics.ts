/**
 * The twin numbers the pages show, computed as the contracts compute them (TwinRewards, ServiceFees) so
 * that what is shown before signing is what happens.
 */

/** TwinRewards: 50 DTA per 30 days, per second; a window lasts 7 days after a sync. */
export const REWARD_PER_PERIOD = 50n * 10_000n;
export const REWARD_PERIOD_SECONDS = 30n * 86_400n;
export const SYNC_WINDOW_SECONDS = 7n * 86_400n;
export const DEREGISTER_COOLDOWN_SECONDS = 7n * 86_400n;
export const JOB_DEADLINE_SECONDS = 7n * 86_400n;
/** ServiceFees.PLATFORM_BPS: 10% of what is left after the burn. */
export const PLATFORM_BPS = 1_000n;

/** TwinRewards.rewardFor. */
export function rewardFor(durationSeconds: bigint, multiplierPct: bigint): bigint {
  return (durationSeconds * REWARD_PER_PERIOD * multiplierPct) / (REWARD_PERIOD_SECONDS * 100n);
}

/** The parts of ITwinRegistry.Twin that decide what it has earned. */
export interface TwinRewardState {
  readonly windowEnd: bigint;
  readonly accruedAt: bigint;
  readonly multiplierPct: bigint;
  readonly reserved: bigint;
  readonly unclaimed: bigint;
}

/** TwinRewards.pendingRewards at `now`: settled plus accrued, never more than was reserved. */
export function pendingRewardsAt(twin: TwinRewardState, now: bigint): bigint {
  const end = now < twin.windowEnd ? now : twin.windowEnd;
  if (twin.multiplierPct === 0n || end <= twin.accruedAt) return twin.unclaimed;
  const accrued = rewardFor(end - twin.accruedAt, twin.multiplierPct);
  return twin.unclaimed + (accrued < twin.reserved ? accrued : twin.reserved);
}

export interface Split {
  readonly burned: bigint;
  readonly toPlatform: bigint;
  readonly toOwner: bigint;
}

/** ServiceFees.split: the burn first, 10% of the rest to platform revenue, the remainder to the owner. */
export function serviceSplit(amount: bigint, burnBps: bigint): Split {
  const burned = (amount * burnBps) / 10_000n;
  const toPlatform = ((amount - burned) * PLATFORM_BPS) / 10_000n;
  return { burned, toPlatform, toOwner: amount - burned - toPlatform };
}
