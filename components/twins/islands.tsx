"use client";

import { lazy, type ReactNode } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";

const TwinDetail = lazy(() => import("./TwinDetail"));
const RegisterTwin = lazy(() => import("./RegisterTwin"));
const MyTwinsCard = lazy(() => import("./MyTwinsCard"));

/** `summary`: what the server read from the indexer, shown until the live view has loaded. */
export function TwinDetailIsland({ id, summary }: { id: string; summary: ReactNode }) {
  return <Web3Island component={TwinDetail} props={{ id }} fallback={summary} load="idle" />;
}

export function RegisterTwinIsland() {
  return (
    <Web3Island
      component={RegisterTwin}
      fallback={<Skeleton className="h-80 w-full" label="Loading the registration form" />}
      prompt="to register a twin"
    />
  );
}

export function MyTwinsIsland() {
  return (
    <Web3Island
      component={MyTwinsCard}
      fallback={<Skeleton className="h-24 w-full" label="Loading your twins" />}
      prompt="to see your twins"
    />
  );
}
