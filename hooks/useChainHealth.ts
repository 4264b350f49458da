"use client";

import { useSyncExternalStore } from "react";
import { appChainHealth, type ChainHealth } from "@/lib/chainHealth";

const UP_ON_SERVER: ChainHealth = { status: "up" };

/** Whether the app chain's RPC node answers (fed by every request the app makes; see lib/chainHealth.ts). */
export function useChainHealth(): ChainHealth {
  return useSyncExternalStore(appChainHealth.subscribe, appChainHealth.getSnapshot, () => UP_ON_SERVER);
}
