/**
 * Hand-written type guards for the indexer's responses: the app never trusts a shape it did not check.
 */
import {
  isActivityKind,
  isReservingPool,
  type PoolDayWire,
  type PoolReservationsWire,
  type ActivityWire,
  type OnchainOrigin,
  type PaginatedResult,
  type SupplyDayWire,
  type SupplyHistoryWire,
  type SwapWire,
} from "./types";

type Guard<T> = (value: unknown) => value is T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const isUintString = (v: unknown): v is string => typeof v === "string" && /^\d+$/.test(v);
export const isHex = (v: unknown): v is `0x${string}` => typeof v === "string" && /^0x[0-9a-fA-F]*$/.test(v);
export const isAddressHex = (v: unknown): v is `0x${string}` => isHex(v) && v.length === 42;
export const isNonNegativeInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export function isOrigin(v: Record<string, unknown>): v is Record<string, unknown> & OnchainOrigin<string> {
  return (
    typeof v.id === "string" &&
    isHex(v.txHash) &&
    v.txHash.length === 66 &&
    isUintString(v.blockNumber) &&
    isUintString(v.timestamp) &&
    isNonNegativeInt(v.logIndex)
  );
}

export function isActivityWire(v: unknown): v is ActivityWire {
  return (
    isRecord(v) &&
    isOrigin(v) &&
    isAddressHex(v.account) &&
    isActivityKind(v.kind) &&
    isUintString(v.amount) &&
    (v.extra === null || isUintString(v.extra)) &&
    (v.counterparty === null || isAddressHex(v.counterparty)) &&
    (v.tokenId === null || isUintString(v.tokenId))
  );
}

export function isSwapWire(v: unknown): v is SwapWire {
  return (
    isRecord(v) &&
    isOrigin(v) &&
    isAddressHex(v.account) &&
    isUintString(v.biveAmount) &&
    isUintString(v.dtaAmount) &&
    isUintString(v.bonus)
  );
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

export function paginatedGuard<T>(isItem: Guard<T>): Guard<PaginatedResult<T>> {
  return (v): v is PaginatedResult<T> =>
    isRecord(v) &&
    Array.isArray(v.items) &&
    v.items.every(isItem) &&
    Number.isSafeInteger(v.page) &&
    (v.page as number) >= 1 &&
    Number.isSafeInteger(v.pageSize) &&
    (v.pageSize as number) >= 1 &&
    typeof v.hasNext === "boolean";
}

/** Ponder's /status: `{ [chainName]: { id, block: { number, timestamp } } }`. */
export interface IndexerChainStatus {
  readonly id: number;
  readonly block: { readonly number: number; readonly timestamp: number };
}

export function isIndexerStatus(v: unknown): v is Record<string, IndexerChainStatus> {
  return (
    isRecord(v) &&
    Object.values(v).every(
      (chain) =>
        isRecord(chain) &&
        isNonNegativeInt(chain.id) &&
        isRecord(chain.block) &&
        isNonNegativeInt(chain.block.number) &&
        isNonNegativeInt(chain.block.timestamp),
    )
  );
}
