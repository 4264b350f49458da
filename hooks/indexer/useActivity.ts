"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchActivity, indexerKeys } from "@/lib/indexer/client";
import type { ActivityFilter } from "@/lib/indexer/params";
import { useScopeKey } from "../useScopeKey";

/**
 * One page of the connected account's activity from the indexer. Polled: the indexer lands a transaction's row
 * a moment after its receipt, so the refetch the transactor triggers on confirmation can be too early.
 */
export function useActivity(filter: ActivityFilter) {
  const { chainId, account } = useScopeKey();
  return useQuery({
    queryKey: indexerKeys.activity(chainId, account, filter),
    queryFn: ({ signal }) => fetchActivity(account!, filter, { signal }),
    enabled: account !== undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 3_000,
    retry: 1,
  });
}
