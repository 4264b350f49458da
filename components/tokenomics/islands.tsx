"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { ChartSkeleton } from "./ChartSkeleton";
import { PoolRunwayTable } from "./PoolRunwayTable";
import { LiveSkeleton, RevenueDistributedSkeleton } from "./skeletons";

const LiveTokenomics = lazy(() => import("./LiveTokenomics"));
const RevenueDistributed = lazy(() => import("./RevenueDistributed"));
const SupplyHistory = lazy(() => import("./SupplyHistory"));
const PoolRunway = lazy(() => import("./PoolRunway"));

export function LiveTokenomicsIsland() {
  return <Web3Island component={LiveTokenomics} fallback={<LiveSkeleton />} />;
}

export function RevenueDistributedIsland() {
  return <Web3Island component={RevenueDistributed} fallback={<RevenueDistributedSkeleton />} />;
}

export function SupplyHistoryIsland() {
  return (
    <Web3Island
      component={SupplyHistory}
      fallback={<ChartSkeleton label="supply history" className="h-64" />}
    />
  );
}

export function PoolRunwayIsland() {
  return (
    <Web3Island
      component={PoolRunway}
      fallback={
        <div className="card">
          <PoolRunwayTable remaining={undefined} runways={undefined} now={0n} />
        </div>
      }
    />
  );
}
