/**
 * The circulating-supply schedule implied by the genesis table: buckets unlocked at genesis count in full from
 * month 0; vesting buckets (team & advisors) unlock linearly, month by month, over their vesting period.
 * All maths is bigint base units; `toWholeDta` exists only for chart geometry.
 */
import { DTA_DECIMALS, GENESIS_ALLOCATION, bucketTotal, type Bucket } from "./allocation";

const UNIT = 10n ** BigInt(DTA_DECIMALS);

export interface UnlockPoint {
  readonly month: number;
  /** Unlocked amount per bucket id at this month, in base units. */
  readonly byBucket: Readonly<Record<string, bigint>>;
  /** Sum over every bucket: the circulating supply at this month, in base units. */
  readonly circulating: bigint;
}

/** What `bucket` has unlocked `month` months after genesis (floor of the linear share), in base units. */
export function unlockedAt(bucket: Bucket, month: number): bigint {
  const total = bucketTotal(bucket);
  if (bucket.vestingMonths <= 0 || month >= bucket.vestingMonths) return total;
  if (month <= 0) return 0n;
  return (total * BigInt(month)) / BigInt(bucket.vestingMonths);
}

/** One point per month from 0 to `months` inclusive (default 24). */
export function unlockSchedule(
  table: readonly Bucket[] = GENESIS_ALLOCATION,
  months = 24,
): readonly UnlockPoint[] {
  const points: UnlockPoint[] = [];
  for (let month = 0; month <= months; month++) {
    const byBucket: Record<string, bigint> = {};
    let circulating = 0n;
    for (const bucket of table) {
      const unlocked = unlockedAt(bucket, month);
      byBucket[bucket.id] = unlocked;
      circulating += unlocked;
    }
    points.push({ month, byBucket, circulating });
  }
  return points;
}

/** Base units → whole DTA as a number (truncated), for chart geometry only — never for display. */
export function toWholeDta(baseUnits: bigint): number {
  const wholeTokens = baseUnits / UNIT;
  return Number(wholeTokens);
}

/** `part / whole` as a percentage string with up to `decimals` places, computed in bigint ("13.7%"). */
export function formatShare(part: bigint, whole: bigint, decimals = 2): string {
  if (whole === 0n) return "0%";
  const scale = 10n ** BigInt(decimals);
  const scaled = (part * 100n * scale) / whole;
  const integer = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return `${integer}${fraction ? `.${fraction}` : ""}%`;
}
