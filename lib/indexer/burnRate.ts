/**
 * The burn rate the supply history shows: DTA burned over the last window (30 days, or the whole history if
 * shorter), as a yearly share of the supply at the window's start, in basis points — integer maths only —
 * and how it compares with the seed's 5–10% yearly reduction target.
 */
import type { SupplyDay } from "./supply";

export const BURN_TARGET_BPS = { min: 500n, max: 1_000n } as const;
export const BURN_WINDOW_DAYS = 30;

export interface BurnRate {
  /** Annualised burn in basis points of supply (1% = 100). */
  readonly annualBps: bigint;
  readonly windowDays: number;
  readonly burnedInWindow: bigint;
  readonly versusTarget: "below" | "within" | "above";
}

/** `days` ascending, one entry per day that had a mint or burn; `today` in days since 1970 (UTC). */
export function annualisedBurnRate(days: readonly SupplyDay[], today: number): BurnRate | undefined {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return undefined;
  const windowStart = Math.max(first.day, today - BURN_WINDOW_DAYS);
  const windowDays = Math.max(1, today - windowStart);
  // Supply and burns at the end of the last recorded day before the window (genesis if none).
  const before = [...days].reverse().find((d) => d.day < windowStart) ?? {
    totalSupply: first.totalSupply + first.burnedThatDay,
    burnedTotal: first.burnedTotal - first.burnedThatDay,
  };
  const burnedInWindow = last.burnedTotal - before.burnedTotal;
  if (before.totalSupply === 0n) return undefined;
  const annualBps = (burnedInWindow * 10_000n * 365n) / (before.totalSupply * BigInt(windowDays));
  const versusTarget =
    annualBps < BURN_TARGET_BPS.min ? "below" : annualBps > BURN_TARGET_BPS.max ? "above" : "within";
  return { annualBps, windowDays, burnedInWindow, versusTarget };
}
