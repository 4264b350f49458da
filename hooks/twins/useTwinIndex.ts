"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { JobFilter, TwinFilter } from "@/lib/indexer/twinParams";
import { fetchTwin, fetchTwinJobs, fetchTwins, twinKeys } from "@/lib/indexer/twins";
import { fetchTwinSettings, twinSettingsKey } from "@/lib/indexer/twinSettings";
import { useScopeKey } from "../useScopeKey";

/**
 * Twin lists from the indexer. Polled: the indexer lands a transaction's rows a moment after its receipt, so
 * the refetch the transactor triggers on confirmation can be too early.
 */
export function useTwins(filter: TwinFilter, enabled = true) {
  const { chainId, account } = useScopeKey();
  return useQuery({
    queryKey: twinKeys.list(chainId, account, filter),
    queryFn: ({ signal }) => fetchTwins(filter, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: 4_000,
    retry: 1,
  });
}

export function useTwinDetail(id: bigint) {
  const { chainId, account } = useScopeKey();
  return useQuery({
    queryKey: twinKeys.detail(chainId, account, id),
    queryFn: ({ signal }) => fetchTwin(id, { signal }),
    refetchInterval: 3_000,
    retry: 1,
  });
}

export function useTwinJobs(id: bigint, filter: JobFilter) {
  const { chainId, account } = useScopeKey();
  return useQuery({
    queryKey: twinKeys.jobs(chainId, account, id, filter),
    queryFn: ({ signal }) => fetchTwinJobs(id, filter, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 3_000,
    retry: 1,
  });
}

/** Governance's twin types and rate bounds as the indexer has them (they change only by a governance vote). */
export function useTwinSettings() {
  const { chainId } = useScopeKey();
  return useQuery({
    queryKey: twinSettingsKey(chainId),
    queryFn: ({ signal }) => fetchTwinSettings({ signal }),
    staleTime: 60_000,
    retry: 1,
  });
}
