"use client";

import { useEffect, useState } from "react";
import { useBlock } from "wagmi";
import { useScopeKey } from "./useScopeKey";

/**
 * The chain's time in unix seconds, ticking once a second: the latest block's timestamp is read once (and
 * again whenever the transactor refetches the chain's reads), then advanced by the browser's clock since
 * that read — no RPC per tick. The chain's clock, not the computer's, decides what has vested or been earned.
 */
export function useChainTime(): { now: bigint | undefined; isError: boolean } {
  const { chainId } = useScopeKey();
  const block = useBlock({ chainId, query: { staleTime: 30_000 } });
  const [wallNow, setWallNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setWallNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, []);
  if (!block.data) return { now: undefined, isError: block.isError };
  const elapsed = BigInt(Math.max(0, Math.floor((wallNow - block.dataUpdatedAt) / 1_000)));
  return { now: block.data.timestamp + elapsed, isError: false };
}
