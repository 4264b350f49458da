"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { DelegationSkeleton, PositionsSkeleton, WizardSkeleton } from "./skeletons";

const TierWizard = lazy(() => import("./TierWizard"));
const PositionsList = lazy(() => import("./PositionsList"));
const DelegationCard = lazy(() => import("./DelegationCard"));

export function TierWizardIsland() {
  return <Web3Island component={TierWizard} fallback={<WizardSkeleton />} prompt="to stake DTA" />;
}

export function PositionsIsland() {
  return (
    <Web3Island component={PositionsList} fallback={<PositionsSkeleton />} prompt="to see your positions" />
  );
}

export function DelegationIsland() {
  return (
    <Web3Island
      component={DelegationCard}
      fallback={<DelegationSkeleton />}
      prompt="to delegate your voting power"
    />
  );
}
