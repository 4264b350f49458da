"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchSwaps, indexerKeys, type Swap } from "@/lib/indexer/client";
import { useScopeKey } from "../useScopeKey";

/** Swaps per "Show more". */
export const SWAP_HISTORY_PAGE_SIZE = 10;

export type SwapRecord = Swap;

/**
 * The connected account's swaps, newest first, from the indexer's /swaps route, page by page. Polled: the
 * indexer lands a swap a moment after its receipt (the transactor's refetch on confirmation can be early).
 */
export function useBiveSwapHistory() {
  const { chainId, account } = useScopeKey();
  return useInfiniteQuery({
    queryKey: indexerKeys.swaps(chainId, account, {
      page: 1,
      pageSize: SWAP_HISTORY_PAGE_SIZE,
      sort: "newest",
    }),
    enabled: account !== undefined,
    initialPageParam: 1,
    refetchInterval: 3_000,
    retry: 1,
    queryFn: ({ pageParam, signal }) =>
      fetchSwaps(account!, { page: pageParam, pageSize: SWAP_HISTORY_PAGE_SIZE, sort: "newest" }, { signal }),
    getNextPageParam: (last) => (last.hasNext ? last.page + 1 : undefined),
  });
}
