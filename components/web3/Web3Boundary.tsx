"use client";

import { useEffect, useState, type ComponentType } from "react";

/**
 * Loads the wallet providers (wagmi, RainbowKit, TanStack Query) after hydration, so none of that code is
 * among the page's initial scripts. The host then fills every Web3Island on the page.
 */
export function Web3Boundary() {
  const [Host, setHost] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void import("./Web3Host").then((module) => {
      if (live) setHost(() => module.Web3Host);
    });
    return () => {
      live = false;
    };
  }, []);
  return Host ? <Host /> : null;
}
