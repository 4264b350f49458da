"use client";

import { useEffect, useRef, useState } from "react";
import { fetchIndexerStatus } from "@/lib/indexer/http";
import { indexerHealth, type IndexerHealth } from "@/lib/indexer/health";

export interface Polled<T> {
  readonly data: T | undefined;
  /** The last attempt failed (data, if any, is from an earlier one). */
  readonly isError: boolean;
}

/**
 * Polls the indexer from the browser without the wallet code (no wagmi, no TanStack Query): for sections of a
 * server-rendered page that read indexed history (the tokenomics runway and supply history). Polls while the
 * tab is visible; `key` names what is fetched (a new key fetches at once).
 */
export function useIndexerPoll<T>(
  key: string,
  fetcher: (signal: AbortSignal) => Promise<T>,
  everyMs: number,
): Polled<T> {
  const [state, setState] = useState<Polled<T>>({ data: undefined, isError: false });
  const fetcherRef = useRef(fetcher);
  const lastRef = useRef<string | undefined>(undefined);
  useEffect(() => {
    fetcherRef.current = fetcher;
  }, [fetcher]);
  useEffect(() => {
    let controller = new AbortController();
    const run = () => {
      if (document.visibilityState !== "visible") return;
      controller.abort();
      controller = new AbortController();
      const signal = controller.signal;
      fetcherRef.current(signal).then(
        (data) => {
          if (signal.aborted) return;
          // An unchanged answer keeps the state object, so the section (a chart) is not rendered again.
          const fingerprint = JSON.stringify(data, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
          if (fingerprint === lastRef.current) {
            setState((s) => (s.isError ? { data: s.data, isError: false } : s));
            return;
          }
          lastRef.current = fingerprint;
          setState({ data, isError: false });
        },
        () => !signal.aborted && setState((s) => (s.isError ? s : { data: s.data, isError: true })),
      );
    };
    run();
    const timer = window.setInterval(run, everyMs);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [key, everyMs]);
  return state;
}

/**
 * The indexer's health from the browser, against the chain head the server read with the page. The chain id
 * comes from the server too, so the chain configuration stays out of the page's scripts.
 */
export function useIndexerPollHealth(chainId: number, chainBlock: bigint | undefined): IndexerHealth {
  const status = useIndexerPoll(
    `status:${chainId}`,
    (signal) => fetchIndexerStatus(chainId, { signal }),
    3_000,
  );
  if (status.isError) return { state: "unavailable" };
  return indexerHealth(status.data?.block, chainBlock);
}

/**
 * The chain's time, ticking every `stepSeconds` (default each second) from the block timestamp the server read
 * with the page. A section that only needs the day (runway, supply history) ticks by the minute, so it is not
 * re-rendered every second.
 */
export function useTickingChainTime(serverChainTime: bigint, stepSeconds = 1): bigint {
  const [anchor, setAnchor] = useState(() => ({ base: serverChainTime, at: Date.now() }));
  const [wallNow, setWallNow] = useState(anchor.at);
  // A new server reading (router.refresh) restarts the count from it.
  if (anchor.base !== serverChainTime) setAnchor({ base: serverChainTime, at: wallNow });
  useEffect(() => {
    const timer = window.setInterval(() => setWallNow(Date.now()), stepSeconds * 1_000);
    return () => window.clearInterval(timer);
  }, [stepSeconds]);
  const steps = Math.max(0, Math.floor((wallNow - anchor.at) / 1_000 / stepSeconds));
  return anchor.base + BigInt(steps * stepSeconds);
}
