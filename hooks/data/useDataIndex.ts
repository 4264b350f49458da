"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchContributions, dataKeys } from "@/lib/indexer/data";
import { dataAccessKeys, fetchDataAccess, type DataAccessFilter } from "@/lib/indexer/dataAccess";
import { parseContributionFilter, type ContributionFilter } from "@/lib/indexer/dataParams";
import { useScopeKey } from "../useScopeKey";

const NO_PARAMS = () => undefined;

/**
 * Data contributions from the indexer. Polled: the indexer lands a transaction's rows a moment after its receipt,
 * so the refetch the transactor triggers on confirmation can be too early.
 */
export function useContributions(filter: Partial<ContributionFilter>, enabled = true) {
  const { chainId } = useScopeKey();
  const full: ContributionFilter = { ...parseContributionFilter(NO_PARAMS), ...filter };
  return useQuery({
    queryKey: dataKeys.contributions(chainId, full),
    queryFn: ({ signal }) => fetchContributions(full, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: 4_000,
    retry: 1,
  });
}

/** Buyers per restricted contribution (or a buyer's contributions), from the indexer. */
export function useDataAccess(filter: Partial<DataAccessFilter>, enabled = true) {
  const { chainId } = useScopeKey();
  return useQuery({
    queryKey: dataAccessKeys.access(chainId, filter),
    queryFn: ({ signal }) => fetchDataAccess(filter, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: 3_000,
    retry: 1,
  });
}
