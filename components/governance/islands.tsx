"use client";

import { lazy } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";

const MyVotingPower = lazy(() => import("./MyVotingPower"));

export function MyVotingPowerIsland() {
  return (
    <Web3Island
      component={MyVotingPower}
      fallback={<Skeleton className="h-16 w-full" label="Loading your voting power" />}
      prompt="to see your voting power and delegate"
    />
  );
}
