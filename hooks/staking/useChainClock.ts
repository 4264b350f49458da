"use client";

import { useEffect, useState } from "react";
import { useBlock } from "wagmi";
import { useScopeKey } from "../useScopeKey";

/**
 * The chain's clock in unix seconds, ticking once a second in the browser: the latest block's timestamp is
 * read once (and again whenever the transactor refetches), then advanced by wall-clock time — no RPC per tick.
 * The chain's time, not the computer's, decides what a position has earned.
 */
export function useChainClock(): bigint | undefined {
  const { chainId } = useScopeKey();
  const block = useBlock({ chainId, query: { staleTime: 30_000 } });
  const [wallNow, setWallNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setWallNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, []);
  if (!block.data) return undefined;
  const elapsed = BigInt(Math.max(0, Math.floor((wallNow - block.dataUpdatedAt) / 1_000)));
  return block.data.timestamp + elapsed;
}
