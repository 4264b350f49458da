"use client";

import { useQuery } from "@tanstack/react-query";
import { useBlockNumber } from "wagmi";
import { fetchIndexerStatus, indexerKeys } from "@/lib/indexer/client";
import { useScopeKey } from "../useScopeKey";

/** Blocks the indexer may trail the chain by and still count as live (a block or two in flight). */
const LIVE_LAG = 2n;

export type IndexerHealth =
  | { readonly state: "checking" }
  | { readonly state: "unavailable" }
  | { readonly state: "catchingUp"; readonly indexedBlock: bigint; readonly chainBlock: bigint }
  | { readonly state: "live"; readonly indexedBlock: bigint };

/** Whether history from the indexer can be trusted right now: reachable, and close to the chain's head. */
export function useIndexerStatus(): IndexerHealth {
  const { chainId } = useScopeKey();
  const status = useQuery({
    queryKey: indexerKeys.status(chainId),
    queryFn: ({ signal }) => fetchIndexerStatus(chainId, { signal }),
    refetchInterval: 3_000,
    retry: false,
  });
  const chainBlock = useBlockNumber({ chainId, watch: true });
  if (status.isError) return { state: "unavailable" };
  if (!status.data) return { state: "checking" };
  const indexedBlock = status.data.block;
  if (chainBlock.data !== undefined && chainBlock.data > indexedBlock + LIVE_LAG) {
    return { state: "catchingUp", indexedBlock, chainBlock: chainBlock.data };
  }
  return { state: "live", indexedBlock };
}
