"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { whenIdle } from "@/lib/idle";
import { fetchIndexerStatus } from "@/lib/indexer/http";

/**
 * Keeps a server-rendered page current: asks the indexer every `everyMs` (while the tab is visible, and at once
 * when it comes back) which block it has reached, and re-renders the page on the server (`router.refresh()`,
 * which keeps client state such as a half-typed filter) only when that block moved — so a quiet chain costs one
 * small request, not a page render. While the indexer cannot answer, the page is refreshed on the same beat, as
 * its chain reads may still move.
 *
 * The first check waits for the browser to be idle (it is not part of the page's load) and compares with
 * `renderedBlock`, the block the first server render saw (undefined: the server could not reach the indexer,
 * so the first answer refreshes). Later renders' blocks are not needed — each check keeps what it saw — so a
 * refresh does not restart the beat or ask again.
 */
export function LiveRefreshClient({
  chainId,
  everyMs,
  renderedBlock,
}: {
  readonly chainId: number;
  readonly everyMs: number;
  readonly renderedBlock: bigint | undefined;
}) {
  const router = useRouter();
  const firstRenderedBlock = useRef(renderedBlock);
  useEffect(() => {
    let seen = firstRenderedBlock.current;
    let controller: AbortController | undefined;
    const check = () => {
      if (document.visibilityState !== "visible" || controller) return;
      const current = new AbortController();
      controller = current;
      fetchIndexerStatus(chainId, { signal: current.signal })
        .then(
          ({ block }) => {
            if (block !== seen) router.refresh();
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
    const cancelFirst = whenIdle(check, everyMs);
    const timer = window.setInterval(check, everyMs);
    document.addEventListener("visibilitychange", check);
    return () => {
      cancelFirst();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
      controller?.abort();
    };
  }, [router, chainId, everyMs]);
  return null;
}
