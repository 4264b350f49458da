"use client";

import { useEffect, useState, useSyncExternalStore, type ComponentType } from "react";
import {
  isWalletRequested,
  isWalletRequestedOnServer,
  requestWalletWhenIdle,
  subscribeWalletDemand,
  wasConnected,
} from "@/lib/wallet/demand";

/**
 * Loads the wallet providers (wagmi, RainbowKit, TanStack Query) only when they are asked for
 * (lib/wallet/demand.ts): Connect, a write, a live island — or on idle when a wallet was connected on an
 * earlier visit. None of that code is among the page's initial scripts; reading the page never needs it.
 * The host then fills every Web3Island on the page.
 */
export function Web3Boundary() {
  const requested = useSyncExternalStore(subscribeWalletDemand, isWalletRequested, isWalletRequestedOnServer);
  const [Host, setHost] = useState<ComponentType | null>(null);
  useEffect(() => requestWalletWhenIdle(wasConnected), []);
  useEffect(() => {
    if (!requested) return;
    let live = true;
    void import("./Web3Host").then((module) => {
      if (live) setHost(() => module.Web3Host);
    });
    return () => {
      live = false;
    };
  }, [requested]);
  return Host ? <Host /> : null;
}
