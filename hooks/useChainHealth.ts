"use client";

import { useSyncExternalStore } from "react";
import { appChainHealth, CHAIN_UP, type ChainHealth } from "@/lib/chainHealth";

const upOnServer = (): ChainHealth => CHAIN_UP;

/** Whether the app chain's RPC node answers (fed by every request the app makes; see lib/chainHealth.ts). */
export function useChainHealth(): ChainHealth {
  return useSyncExternalStore(appChainHealth.subscribe, appChainHealth.getSnapshot, upOnServer);
}
