/**
 * Hand-written type guards for the indexer's responses: the app never trusts a shape it did not check.
 */
import { isAddressHex, isHex, isNonNegativeInt, isRecord, isUintString } from "./primitives";
import {
  isActivityKind,
  type ActivityWire,
  type OnchainOrigin,
  type PaginatedResult,
  type SwapWire,
} from "./types";

export { isAddressHex, isHex, isNonNegativeInt, isRecord, isUintString } from "./primitives";
export { isPoolReservationsWire, isSupplyHistoryWire } from "./supply";
export { isIndexerStatus, type IndexerChainStatus } from "./http";

type Guard<T> = (value: unknown) => value is T;

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
