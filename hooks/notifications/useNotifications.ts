"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchNotifications, notificationKeys } from "@/lib/indexer/notifications";
import { useScopeKey } from "../useScopeKey";

/** What needs the connected account, from the indexer; polled, since facts change with blocks and the clock. */
export function useNotifications() {
  const { chainId, account } = useScopeKey();
  return useQuery({
    queryKey: notificationKeys.forAccount(chainId, account),
    queryFn: ({ signal }) => fetchNotifications(account!, { signal }),
    enabled: account !== undefined,
    refetchInterval: 10_000,
    retry: 1,
  });
}
