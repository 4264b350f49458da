"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { HistorySkeleton, SwapFormSkeleton } from "./skeletons";

const SwapForm = lazy(() => import("./SwapForm"));
const SwapHistory = lazy(() => import("./SwapHistory"));

// Stable elements: the island re-registers when its fallback changes.
const formFallback = <SwapFormSkeleton />;
const historyFallback = <HistorySkeleton />;

export function SwapFormIsland() {
  return <Web3Island component={SwapForm} fallback={formFallback} prompt="to swap your BIVE" />;
}

export function SwapHistoryIsland() {
  return <Web3Island component={SwapHistory} fallback={historyFallback} prompt="to see your swap history" />;
}
