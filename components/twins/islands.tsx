"use client";

import { lazy, type ReactNode } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";

const TwinDetail = lazy(() => import("./TwinDetail"));
const RegisterTwin = lazy(() => import("./RegisterTwin"));
const MyTwinsCard = lazy(() => import("./MyTwinsCard"));

/**
 * `summary`: the twin as the server read it from the chain and the indexer, readable with no wallet code; the
 * live view takes its place once the wallet code loads (asked for, or a wallet connected on an earlier visit).
 */
export function TwinDetailIsland({ id, summary }: { id: string; summary: ReactNode }) {
  return <Web3Island component={TwinDetail} props={{ id }} fallback={summary} />;
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
