"use client";

import { lazy } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";
import type { StreamActionsProps } from "./StreamActions";
import { StreamRoleTabsPlaceholder } from "./StreamRoleTabsPlaceholder";

const OpenStream = lazy(() => import("./OpenStream"));
const StreamActions = lazy(() => import("./StreamActions"));
const StreamRoleTabs = lazy(() => import("./StreamRoleTabs"));
const ExportStreamsCsv = lazy(() => import("./ExportStreamsCsv"));
const MyStreamsCard = lazy(() => import("./MyStreamsCard"));

export function OpenStreamIsland() {
  return (
    <Web3Island
      component={OpenStream}
      fallback={<Skeleton className="h-80 w-full" label="Loading the stream form" />}
      prompt="to open a stream"
    />
  );
}

export function StreamActionsIsland(props: StreamActionsProps) {
  return <Web3Island component={StreamActions} props={props} fallback={null} />;
}

export function StreamRoleTabsIsland() {
  return <Web3Island component={StreamRoleTabs} fallback={<StreamRoleTabsPlaceholder />} />;
}

export function ExportStreamsCsvIsland() {
  return <Web3Island component={ExportStreamsCsv} fallback={null} />;
}

export function MyStreamsIsland() {
  return (
    <Web3Island
      component={MyStreamsCard}
      fallback={<Skeleton className="h-24 w-full" label="Loading your streams" />}
      prompt="to see your streams"
    />
  );
}
