/**
 * Which cached reads a confirmed write touches. The writer names the contracts whose state it changes; a read
 * is refreshed when it reads one of them (wagmi's `readContract` / `readContracts` keys carry the addresses),
 * plus the latest block and the native balance, which every mined transaction moves (the chain's clock, gas).
 * Everything else — other contracts, the indexer, other chains — keeps its cache.
 */
import type { Address } from "viem";

/** Reads every transaction changes: the chain's clock (`useBlock`) and the sender's gas balance (`useBalance`). */
const ALWAYS_AFFECTED = new Set(["block", "balance"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const addressOf = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.address === "string" ? value.address.toLowerCase() : undefined;

/** True when the query with `queryKey` reads state a write to `contracts` on `chainId` may have changed. */
export function isAffectedQuery(
  queryKey: readonly unknown[],
  chainId: number,
  contracts: readonly Address[],
): boolean {
  const [kind, params] = queryKey;
  if (typeof kind !== "string" || !isRecord(params) || params.chainId !== chainId) return false;
  if (ALWAYS_AFFECTED.has(kind)) return true;
  const touched = new Set(contracts.map((address) => address.toLowerCase()));
  if (kind === "readContract") return touched.has(addressOf(params) ?? "");
  if (kind === "readContracts" && Array.isArray(params.contracts)) {
    return params.contracts.some((contract: unknown) => touched.has(addressOf(contract) ?? ""));
  }
  return false;
}
