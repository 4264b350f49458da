"use client";

import { lazy } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";
import type { DataCategoryWire } from "@/lib/indexer/dataAccess";

const SubmitContribution = lazy(() => import("./SubmitContribution"));
const MyDataRewards = lazy(() => import("./MyDataRewards"));
const ValidatorPanel = lazy(() => import("./ValidatorPanel"));
const AccessPanel = lazy(() => import("./AccessPanel"));
const MyDataCard = lazy(() => import("./MyDataCard"));

type Categories = { categories?: DataCategoryWire[] };

export function SubmitContributionIsland({ categories }: Categories) {
  return (
    <Web3Island
      component={SubmitContribution}
      props={{ categories }}
      fallback={<Skeleton className="h-80 w-full" label="Loading the contribution form" />}
      prompt="to submit a contribution"
    />
  );
}

export function MyDataRewardsIsland() {
  return (
    <Web3Island
      component={MyDataRewards}
      props={{ compact: false }}
      fallback={<Skeleton className="h-24 w-full" label="Loading your data rewards" />}
      prompt="to see your data rewards"
    />
  );
}

/** Renders nothing unless the connected account holds the validator role. */
export function ValidatorIsland({ categories }: Categories) {
  return <Web3Island component={ValidatorPanel} props={{ categories }} fallback={null} />;
}

export function AccessIsland({ id }: { id: string }) {
  return (
    <Web3Island
      component={AccessPanel}
      props={{ id }}
      fallback={<Skeleton className="h-40 w-full" label="Loading the contribution's access" />}
      prompt="to manage or buy access"
    />
  );
}

export function MyDataIsland() {
  return (
    <Web3Island
      component={MyDataCard}
      fallback={<Skeleton className="h-24 w-full" label="Loading your data rewards" />}
      prompt="to see your data rewards"
    />
  );
}
