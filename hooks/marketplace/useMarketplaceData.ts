"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { zeroAddress } from "viem";
import {
  fetchMyRequests,
  fetchServiceRequests,
  fetchServices,
  marketplaceKeys,
} from "@/lib/indexer/marketplace";
import type { RequestFilter } from "@/lib/indexer/marketplaceParams";
import { useDtaRead } from "../useDtaRead";
import { useScopeKey } from "../useScopeKey";

/**
 * A service's live state from the chain (the indexer lags): the stored service, the service burn rate that
 * splits a payment, and what the viewing account paid for, rated and is owed.
 */
export function useServiceChain(id: bigint) {
  const { account } = useScopeKey();
  const viewer = account ?? zeroAddress;
  const service = useDtaRead({ contractName: "AIMarketplace", functionName: "serviceOf", args: [id] });
  const burnBps = useDtaRead({ contractName: "ServiceFees", functionName: "serviceBurnBps" });
  const queriesBy = useDtaRead({
    contractName: "AIMarketplace",
    functionName: "queriesBy",
    args: [id, viewer],
  });
  const rating = useDtaRead({ contractName: "AIMarketplace", functionName: "ratingOf", args: [id, viewer] });
  const bonusOwed = useDtaRead({
    contractName: "AIMarketplace",
    functionName: "bonusOwedTo",
    args: [viewer],
  });
  const earnsBonus = useDtaRead({
    contractName: "AIMarketplace",
    functionName: "earnsProviderBonus",
    args: [id],
  });
  return {
    service: service.data,
    burnBps: burnBps.data,
    queriesBy: account ? queriesBy.data : undefined,
    rating: account ? rating.data : undefined,
    bonusOwed: account ? bonusOwed.data : undefined,
    earnsBonus: earnsBonus.data,
    isError: service.isError,
  };
}

/** Polled: the indexer lands a transaction's rows a moment after its receipt. */
export function useServiceRequests(id: bigint, filter: Partial<RequestFilter>, enabled = true) {
  const { chainId, account } = useScopeKey();
  return useQuery({
    queryKey: marketplaceKeys.requests(chainId, account, id, filter),
    queryFn: ({ signal }) => fetchServiceRequests(id, filter, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: 3_000,
    retry: 1,
  });
}

export function useMyRequests(page: number) {
  const { chainId, account } = useScopeKey();
  return useQuery({
    queryKey: marketplaceKeys.myRequests(chainId, account, { page, limit: 10 }),
    queryFn: ({ signal }) => fetchMyRequests(account ?? zeroAddress, { page, limit: 10 }, { signal }),
    enabled: account !== undefined,
    placeholderData: keepPreviousData,
    refetchInterval: 4_000,
    retry: 1,
  });
}

/** The viewing account's own services, paused ones included (at most 100: a provider's own catalogue). */
export function useMyServices() {
  const { chainId, account } = useScopeKey();
  const filter = { provider: account, status: "all", limit: 100 } as const;
  return useQuery({
    queryKey: marketplaceKeys.services(chainId, account, filter),
    queryFn: ({ signal }) => fetchServices(filter, { signal }),
    enabled: account !== undefined,
    refetchInterval: 4_000,
    retry: 1,
  });
}
