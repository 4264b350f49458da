"use client";

import { useQuery } from "@tanstack/react-query";
import { dataKeys, fetchStreams } from "@/lib/indexer/data";
import type { StreamFilter } from "@/lib/indexer/dataParams";
import { MAX_PAGE_SIZE } from "@/lib/indexer/types";
import { useScopeKey } from "../useScopeKey";

/**
 * The connected account's streams, sent and received (the first 100, newest first), from the indexer. Polled: a
 * stream's row lands a moment after its transaction's receipt.
 */
export function useMyStreams() {
  const { chainId, account } = useScopeKey();
  const filter: StreamFilter = { page: 1, pageSize: MAX_PAGE_SIZE, account, role: "any" };
  return useQuery({
    queryKey: dataKeys.streams(chainId, filter),
    queryFn: ({ signal }) => fetchStreams(filter, { signal }),
    enabled: account !== undefined,
    refetchInterval: 4_000,
    retry: 1,
  });
}
