/**
 * Each reward pool's runway: the days its remaining DTA lasts at the pace of the last 30 days' reservations
 * (what it committed, less what came back to it), integer maths only. A pool that reserved nothing in the
 * window has no pace — "no reservations in the last 30 days", never "infinity" — a pool no contract pays
 * from yet says so, and a pool whose payer's reservations the indexer does not count yet says that.
 */
import { formatDta, formatInteger } from "../format";
import type { PoolId } from "../tokenomics/pools";
import type { PoolDay, PoolReservations } from "./supply";
import type { ReservingPool } from "./types";

export const RUNWAY_WINDOW_DAYS = 30;

/**
 * The pool's payer contract whose reservations the indexer counts; "untracked" names a contract that pays from
 * the pool but whose reservations are not counted yet; undefined when no contract pays from it yet.
 */
export const RESERVING_POOL_OF: Readonly<
  Record<PoolId, ReservingPool | { readonly untracked: string } | undefined>
> = {
  staking: "staking",
  biveSwap: "biveSwap",
  biveBonus: "biveBonus",
  twinIncentives: "twinIncentives",
  aiProvider: "aiProvider",
  dataRewards: "dataRewards",
};

export type Runway =
  /** No contract pays from this pool yet: nothing can have been reserved. */
  | { readonly kind: "noPayer" }
  /** `payer` pays from this pool, but the indexer does not count its reservations yet: no pace to show. */
  | { readonly kind: "untracked"; readonly payer: string }
  /** The pool holds nothing more to reserve. */
  | { readonly kind: "empty" }
  /** Nothing reserved in the window. */
  | { readonly kind: "noReservations"; readonly windowDays: number }
  /** More came back to the pool than it reserved: it grew over the window. */
  | { readonly kind: "netReleased"; readonly windowDays: number; readonly released: bigint }
  | {
      readonly kind: "days";
      readonly windowDays: number;
      /** Reserved less released in the window, base units. */
      readonly netReserved: bigint;
      /** Whole days left at that pace (rounded down). */
      readonly daysLeft: bigint;
      /** The pace as a yearly figure (365 days), base units. */
      readonly perYear: bigint;
    };

/**
 * The window: the last 30 UTC days, today included, or fewer when the chain is younger (from its genesis
 * day) — a 3-day-old chain's pace is its 3 days' reservations over 3 days, not over 30.
 */
export function runwayWindow(today: number, genesisDay: number | null): { fromDay: number; days: number } {
  const fromDay = Math.min(today, Math.max(genesisDay ?? today, today - RUNWAY_WINDOW_DAYS + 1));
  return { fromDay, days: today - fromDay + 1 };
}

/** `remaining` base units at the pace of `days` (this pool's rows; rows outside the window are ignored). */
export function poolRunway(
  remaining: bigint,
  days: readonly PoolDay[],
  today: number,
  genesisDay: number | null,
): Runway {
  if (remaining <= 0n) return { kind: "empty" };
  const window = runwayWindow(today, genesisDay);
  let reserved = 0n;
  let released = 0n;
  for (const d of days) {
    if (d.day < window.fromDay || d.day > today) continue;
    reserved += d.reserved;
    released += d.released;
  }
  if (reserved === 0n) return { kind: "noReservations", windowDays: window.days };
  const netReserved = reserved - released;
  if (netReserved <= 0n) return { kind: "netReleased", windowDays: window.days, released: -netReserved };
  const windowDays = BigInt(window.days);
  return {
    kind: "days",
    windowDays: window.days,
    netReserved,
    daysLeft: (remaining * windowDays) / netReserved,
    perYear: (netReserved * 365n) / windowDays,
  };
}

/** Every tracked pool's runway from the chain's remaining balances and the indexer's reservations. */
export function poolRunways(
  remaining: Readonly<Record<PoolId, bigint>>,
  reservations: PoolReservations,
  today: number,
): Record<PoolId, Runway> {
  const result = {} as Record<PoolId, Runway>;
  for (const id of Object.keys(RESERVING_POOL_OF) as PoolId[]) {
    const pool = RESERVING_POOL_OF[id];
    result[id] =
      pool === undefined
        ? { kind: "noPayer" }
        : typeof pool === "object"
          ? { kind: "untracked", payer: pool.untracked }
          : poolRunway(
              remaining[id],
              reservations.days.filter((d) => d.pool === pool),
              today,
              reservations.genesisDay,
            );
  }
  return result;
}

const LONG_RUNWAY_DAYS = 36_500n;

const lastDays = (n: number) => (n === 1 ? "the last day" : `the last ${n} days`);

/** A runway in words: the headline for the table cell and the detail under it. `now` is the chain's time (s). */
export function describeRunway(runway: Runway, now: bigint): { headline: string; detail: string } {
  switch (runway.kind) {
    case "noPayer":
      return { headline: "No reservations yet", detail: "No contract pays from this pool yet." };
    case "untracked":
      return {
        headline: "Pace not tracked yet",
        detail: `${runway.payer} pays from this pool; the indexer does not count its reservations yet.`,
      };
    case "empty":
      return { headline: "Empty", detail: "Nothing left to reserve." };
    case "noReservations":
      return {
        headline: `No reservations in ${lastDays(runway.windowDays)}`,
        detail: "No pace to project from.",
      };
    case "netReleased":
      return {
        headline: `No net reservations in ${lastDays(runway.windowDays)}`,
        detail: `${formatDta(runway.released)} DTA more came back to the pool than it reserved.`,
      };
    case "days": {
      const pace = `at ${formatDta(runway.perYear)} DTA a year (${lastDays(runway.windowDays)}${runway.windowDays === 1 ? "'s" : "'"} pace)`;
      if (runway.daysLeft > LONG_RUNWAY_DAYS) return { headline: "Over 100 years", detail: pace };
      const end = new Date(Number(now + runway.daysLeft * 86_400n) * 1_000).toISOString().slice(0, 10);
      return {
        headline: `${formatInteger(runway.daysLeft)} day${runway.daysLeft === 1n ? "" : "s"}`,
        detail: `Runs out around ${end}, ${pace}.`,
      };
    }
  }
}
