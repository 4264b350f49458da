/**
 * Platform revenue distributed so far, as the indexer summed RevenueDistributor's RevenueDistributed events
 * (`/revenue/totals`): the 40/30/20/10 split the chain actually paid, burned share included.
 */
import { getJson, resolve, type ClientOptions } from "./http";
import { isNonNegativeInt, isRecord, isUintString } from "./guards";

export interface RevenueTotalsWire {
  readonly distributions: number;
  readonly amount: string;
  readonly toStaking: string;
  readonly toDevelopment: string;
  readonly toEcosystem: string;
  readonly burned: string;
  /** Time of the last distribution (s), null before the first. */
  readonly lastAt: string | null;
}

export interface RevenueTotals {
  readonly distributions: number;
  readonly amount: bigint;
  readonly toStaking: bigint;
  readonly toDevelopment: bigint;
  readonly toEcosystem: bigint;
  readonly burned: bigint;
  readonly lastAt: bigint | null;
}

export function isRevenueTotalsWire(v: unknown): v is RevenueTotalsWire {
  return (
    isRecord(v) &&
    isNonNegativeInt(v.distributions) &&
    isUintString(v.amount) &&
    isUintString(v.toStaking) &&
    isUintString(v.toDevelopment) &&
    isUintString(v.toEcosystem) &&
    isUintString(v.burned) &&
    (v.lastAt === null || isUintString(v.lastAt))
  );
}

export function toRevenueTotals(w: RevenueTotalsWire): RevenueTotals {
  return {
    distributions: w.distributions,
    amount: BigInt(w.amount),
    toStaking: BigInt(w.toStaking),
    toDevelopment: BigInt(w.toDevelopment),
    toEcosystem: BigInt(w.toEcosystem),
    burned: BigInt(w.burned),
    lastAt: w.lastAt === null ? null : BigInt(w.lastAt),
  };
}

export async function fetchRevenueTotals(opts: ClientOptions = {}): Promise<RevenueTotals> {
  const { base, fetchImpl } = resolve(opts);
  return toRevenueTotals(
    await getJson(`${base}/revenue/totals`, isRevenueTotalsWire, fetchImpl, opts.signal),
  );
}
