"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { fetchIndexerStatus } from "@/lib/indexer/http";

/**
 * Keeps a server-rendered page current: asks the indexer every `everyMs` (while the tab is visible, and at once
 * when it comes back) which block it has reached, and re-renders the page on the server (`router.refresh()`,
 * which keeps client state such as a half-typed filter) only when that block moved — so a quiet chain costs one
 * small request, not a page render. While the indexer cannot answer, the page is refreshed on the same beat, as
 * its chain reads may still move.
 */
export function LiveRefreshClient({
  chainId,
  everyMs,
}: {
  readonly chainId: number;
  readonly everyMs: number;
}) {
  const router = useRouter();
  useEffect(() => {
    let seen: bigint | undefined;
    let controller: AbortController | undefined;
    const check = () => {
      if (document.visibilityState !== "visible" || controller) return;
      const current = new AbortController();
      controller = current;
      fetchIndexerStatus(chainId, { signal: current.signal })
        .then(
          ({ block }) => {
            if (seen !== undefined && block !== seen) router.refresh();
            seen = block;
          },
          () => {
            if (!current.signal.aborted) router.refresh();
          },
        )
        .finally(() => {
          if (controller === current) controller = undefined;
        });
    };
    check();
    const timer = window.setInterval(check, everyMs);
    document.addEventListener("visibilitychange", check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
      controller?.abort();
    };
  }, [router, chainId, everyMs]);
  return null;
}
