"use client";

import { useQuery } from "@tanstack/react-query";
import { useBlockNumber } from "wagmi";
import { fetchIndexerStatus, indexerKeys } from "@/lib/indexer/client";
import { indexerHealth, type IndexerHealth } from "@/lib/indexer/health";
import { useScopeKey } from "../useScopeKey";

export type { IndexerHealth } from "@/lib/indexer/health";

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
  return indexerHealth(status.data?.block, chainBlock.data);
}
