/**
 * OpenZeppelin VestingWallet's linear schedule, in bigint, so the page can tick the vested and releasable
 * figures every second from one read of start, duration, balance and released — no RPC per tick.
 */
import { formatUtcDate } from "../format";

export interface VestingSchedule {
  /** Vesting start (genesis), unix seconds. */
  readonly start: bigint;
  /** Vesting duration in seconds (730 days). */
  readonly duration: bigint;
  /** Everything the wallet will ever pay: its token balance plus what it already released. */
  readonly totalAllocation: bigint;
  /** Tokens already released to the beneficiary. */
  readonly released: bigint;
}

/** The wallet's whole allocation, as OZ counts it: balance + released. */
export function totalAllocation(balance: bigint, released: bigint): bigint {
  return balance + released;
}

/**
 * Identical to VestingWallet._vestingSchedule: 0 before start, everything from start + duration,
 * otherwise total × elapsed / duration rounded down.
 */
export function vestedAt(schedule: VestingSchedule, timestamp: bigint): bigint {
  const { start, duration, totalAllocation: total } = schedule;
  if (timestamp < start) return 0n;
  if (timestamp >= start + duration) return total;
  return (total * (timestamp - start)) / duration;
}

/** What release() would pay at `timestamp`: vested − released (never negative). */
export function releasableAt(schedule: VestingSchedule, timestamp: bigint): bigint {
  const vested = vestedAt(schedule, timestamp);
  return vested > schedule.released ? vested - schedule.released : 0n;
}

/** Share of the allocation vested, in basis points (0–10,000), rounded down. */
export function vestedBasisPoints(schedule: VestingSchedule, timestamp: bigint): number {
  if (schedule.totalAllocation === 0n) return 0;
  return Number((vestedAt(schedule, timestamp) * 10_000n) / schedule.totalAllocation);
}

/** 4_213 → "42.13%". */
export function formatBasisPoints(bps: number): string {
  const whole = Math.floor(bps / 100);
  const fraction = (bps % 100).toString().padStart(2, "0");
  return `${whole}.${fraction}%`;
}

/** Unix seconds → "12 Mar 2026" in UTC, so server and client agree. */
export function formatDate(seconds: bigint): string {
  return formatUtcDate(seconds);
}
