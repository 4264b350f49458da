"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { DelegationSkeleton, PoolSkeleton, PositionsSkeleton, WizardSkeleton } from "./skeletons";

const TierWizard = lazy(() => import("./TierWizard"));
const PositionsList = lazy(() => import("./PositionsList"));
const PoolStatus = lazy(() => import("./PoolStatus"));
const DelegationCard = lazy(() => import("./DelegationCard"));

export function TierWizardIsland() {
  return <Web3Island component={TierWizard} fallback={<WizardSkeleton />} />;
}

export function PositionsIsland() {
  return <Web3Island component={PositionsList} fallback={<PositionsSkeleton />} />;
}

export function PoolStatusIsland() {
  return <Web3Island component={PoolStatus} fallback={<PoolSkeleton />} />;
}

export function DelegationIsland() {
  return <Web3Island component={DelegationCard} fallback={<DelegationSkeleton />} />;
}
