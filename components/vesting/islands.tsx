"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { VestingWalletsSkeleton } from "./skeletons";

const VestingWallets = lazy(() => import("./VestingWallets"));
const fallback = <VestingWalletsSkeleton />;

export function VestingWalletsIsland() {
  return <Web3Island component={VestingWallets} fallback={fallback} load="idle" />;
}
