"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { confirmedWriteCount, subscribeWalletDemand } from "@/lib/wallet/demand";

const onServer = () => 0;

/**
 * Re-renders the page's server components after each of the user's confirmed transactions, so figures read
 * on the server (supply, pools) follow the user's own writes as the wallet islands' reads do.
 */
export function RefreshOnWrite() {
  const router = useRouter();
  const writes = useSyncExternalStore(subscribeWalletDemand, confirmedWriteCount, onServer);
  const seen = useRef(writes);
  useEffect(() => {
    if (writes === seen.current) return;
    seen.current = writes;
    router.refresh();
  }, [writes, router]);
  return null;
}
