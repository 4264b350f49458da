"use client";

import { useState, useSyncExternalStore } from "react";

// One timer for every flowing figure on the page: whole seconds since this module loaded.
const origin = typeof performance === "undefined" ? 0 : performance.now();
const wholeSeconds = () => Math.floor((performance.now() - origin) / 1_000);
let seconds = 0;
let timer: number | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    timer = window.setInterval(() => {
      seconds = wholeSeconds();
      for (const l of listeners) l();
    }, 1_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}
// While no timer runs the stored value is stale: read the clock (the same value within a second).
const snapshot = () => (timer === undefined ? (seconds = wholeSeconds()) : seconds);
const serverSnapshot = () => 0;

/**
 * The chain's time in unix seconds, ticking every second with no RPC call: `chainNow` is the chain's time the
 * server read with the page, advanced by the browser's clock since it arrived. A later render bringing an
 * older reading (an idle local chain mines no blocks) never moves the clock back.
 */
export function useFlowClock(chainNow: bigint): bigint {
  const elapsed = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const [base, setBase] = useState({ chain: chainNow, at: elapsed });
  const [seen, setSeen] = useState(chainNow);
  const now = base.chain + BigInt(Math.max(0, elapsed - base.at));
  if (chainNow !== seen) {
    // A fresh server reading: take it only when it is ahead of the running estimate.
    setSeen(chainNow);
    if (chainNow > now) setBase({ chain: chainNow, at: elapsed });
  }
  return now;
}
