"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { HistorySkeleton, PoolsSkeleton, SwapFormSkeleton } from "./skeletons";

const SwapPools = lazy(() => import("./SwapPools"));
const SwapForm = lazy(() => import("./SwapForm"));
const SwapHistory = lazy(() => import("./SwapHistory"));

// Stable elements: the island re-registers when its fallback changes.
const poolsFallback = <PoolsSkeleton />;
const formFallback = <SwapFormSkeleton />;
const historyFallback = <HistorySkeleton />;

export function SwapPoolsIsland() {
  return <Web3Island component={SwapPools} fallback={poolsFallback} />;
}

export function SwapFormIsland() {
  return <Web3Island component={SwapForm} fallback={formFallback} />;
}

export function SwapHistoryIsland() {
  return <Web3Island component={SwapHistory} fallback={historyFallback} />;
}
