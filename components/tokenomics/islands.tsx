"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { LiveSkeleton, RevenueDistributedSkeleton } from "./skeletons";

const LiveTokenomics = lazy(() => import("./LiveTokenomics"));
const RevenueDistributed = lazy(() => import("./RevenueDistributed"));

export function LiveTokenomicsIsland() {
  return <Web3Island component={LiveTokenomics} fallback={<LiveSkeleton />} />;
}

export function RevenueDistributedIsland() {
  return <Web3Island component={RevenueDistributed} fallback={<RevenueDistributedSkeleton />} />;
}
