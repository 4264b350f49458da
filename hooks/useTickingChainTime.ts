"use client";

import { useEffect, useState } from "react";

/**
 * The chain's time, ticking every `stepSeconds` (default each second) from the block timestamp the server read
 * with the page (vesting: what each wallet can release now). `stepSeconds` sets how often it ticks, so a
 * section that only needs coarser time is not rendered again every second.
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
