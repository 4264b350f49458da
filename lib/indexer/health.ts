/**
 * Whether indexed lists can be trusted right now, from the indexer's /status and the chain's head. Shared by
 * the browser hook (hooks/indexer/useIndexerStatus.ts) and the server pages (lib/server/indexerHealth.ts).
 */

/** Blocks the indexer may trail the chain by and still count as live (a block or two in flight). */
export const LIVE_LAG = 2n;

export type IndexerHealth =
  | { readonly state: "checking" }
  | { readonly state: "unavailable" }
  | { readonly state: "catchingUp"; readonly indexedBlock: bigint; readonly chainBlock: bigint }
  | { readonly state: "live"; readonly indexedBlock: bigint };

/** The health for the block the indexer reached (undefined: not known yet) against the chain's head, if known. */
export function indexerHealth(
  indexedBlock: bigint | undefined,
  chainBlock: bigint | undefined,
): IndexerHealth {
  if (indexedBlock === undefined) return { state: "checking" };
  if (chainBlock !== undefined && chainBlock > indexedBlock + LIVE_LAG) {
    return { state: "catchingUp", indexedBlock, chainBlock };
  }
  return { state: "live", indexedBlock };
}
