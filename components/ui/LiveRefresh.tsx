"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps a server-rendered page current: re-renders it on the server (`router.refresh()`, which keeps client
 * state such as a half-typed filter) every `everyMs` while the tab is visible, and at once when the tab comes
 * back. Lists used to poll the indexer every few seconds; this is the same for pages whose rows are HTML.
 */
export function LiveRefresh({ everyMs = 3_000 }: { readonly everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const visible = () => document.visibilityState === "visible";
    const timer = window.setInterval(() => {
      if (visible()) router.refresh();
    }, everyMs);
    const onVisibility = () => {
      if (visible()) router.refresh();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [router, everyMs]);
  return null;
}
