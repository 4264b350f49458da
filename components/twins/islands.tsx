"use client";

import { lazy } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";

const TwinDetail = lazy(() => import("./TwinDetail"));
const RegisterTwin = lazy(() => import("./RegisterTwin"));
const MyTwinsCard = lazy(() => import("./MyTwinsCard"));

export function TwinDetailIsland({ id }: { id: string }) {
  return (
    <Web3Island
      component={TwinDetail}
      props={{ id }}
      fallback={<Skeleton className="h-64 w-full" label={`Loading twin #${id}`} />}
      load="idle"
    />
  );
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
