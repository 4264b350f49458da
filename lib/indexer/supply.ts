/**
 * The tokenomics page's indexer reads: total supply and burns by day, and each reward pool's reservations by
 * day (for the runway).
 */
import { getJson, resolve, type ClientOptions } from "./http";
import { isNonNegativeInt, isRecord, isUintString } from "./primitives";
import {
  isReservingPool,
  type PoolDayWire,
  type PoolReservationsWire,
  type ReservingPool,
  type SupplyDayWire,
  type SupplyHistoryWire,
} from "./types";

export interface SupplyDay {
  /** Days since 1970-01-01 (UTC). */
  readonly day: number;
  readonly totalSupply: bigint;
  readonly burnedTotal: bigint;
  readonly burnedThatDay: bigint;
}

/** One pool's reservations on one UTC day, in DTA base units. */
export interface PoolDay {
  readonly pool: ReservingPool;
  readonly day: number;
  readonly reserved: bigint;
  readonly released: bigint;
}

export interface PoolReservations {
  /** The day of the genesis mint (days since 1970, UTC), or null before the indexer has seen it. */
  readonly genesisDay: number | null;
  readonly days: readonly PoolDay[];
}

function isSupplyDayWire(v: unknown): v is SupplyDayWire {
  return (
    isRecord(v) &&
    isNonNegativeInt(v.day) &&
    isUintString(v.totalSupply) &&
    isUintString(v.burnedTotal) &&
    isUintString(v.burnedThatDay)
  );
}

export function isSupplyHistoryWire(v: unknown): v is SupplyHistoryWire {
  return isRecord(v) && Array.isArray(v.days) && v.days.every(isSupplyDayWire);
}

function isPoolDayWire(v: unknown): v is PoolDayWire {
  return (
    isRecord(v) &&
    isReservingPool(v.pool) &&
    isNonNegativeInt(v.day) &&
    isUintString(v.reserved) &&
    isUintString(v.released)
  );
}

export function isPoolReservationsWire(v: unknown): v is PoolReservationsWire {
  return (
    isRecord(v) &&
    (v.genesisDay === null || isNonNegativeInt(v.genesisDay)) &&
    Array.isArray(v.days) &&
    v.days.every(isPoolDayWire)
  );
}

function toSupplyDay(wire: SupplyDayWire): SupplyDay {
  return {
    day: wire.day,
    totalSupply: BigInt(wire.totalSupply),
    burnedTotal: BigInt(wire.burnedTotal),
    burnedThatDay: BigInt(wire.burnedThatDay),
  };
}

export async function fetchSupplyHistory(opts: ClientOptions = {}): Promise<readonly SupplyDay[]> {
  const { base, fetchImpl } = resolve(opts);
  const body = await getJson(`${base}/supply-history`, isSupplyHistoryWire, fetchImpl, opts.signal);
  return body.days.map(toSupplyDay);
}

/** Each reward pool's reservations by day from `fromDay` (UTC days since 1970) on, and the genesis day. */
export async function fetchPoolReservations(
  fromDay: number,
  opts: ClientOptions = {},
): Promise<PoolReservations> {
  const { base, fetchImpl } = resolve(opts);
  const body = await getJson(
    `${base}/pool-reservations?fromDay=${Math.max(0, Math.floor(fromDay))}`,
    isPoolReservationsWire,
    fetchImpl,
    opts.signal,
  );
  return {
    genesisDay: body.genesisDay,
    days: body.days.map((d) => ({
      pool: d.pool,
      day: d.day,
      reserved: BigInt(d.reserved),
      released: BigInt(d.released),
    })),
  };
}
