"use client";

import { lazy } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { Web3Island } from "@/components/web3/Web3Island";

const ServiceActions = lazy(() => import("./ServiceActions"));
const ListService = lazy(() => import("./ListService"));
const MyServicesCard = lazy(() => import("./MyServicesCard"));
const MyRequestsCard = lazy(() => import("./MyRequestsCard"));

export function ServiceActionsIsland({ id }: { id: string }) {
  return (
    <Web3Island
      component={ServiceActions}
      props={{ id }}
      fallback={<Skeleton className="h-40 w-full" label="Loading payment and rating" />}
    />
  );
}

export function ListServiceIsland() {
  return (
    <Web3Island
      component={ListService}
      fallback={<Skeleton className="h-80 w-full" label="Loading the listing form" />}
    />
  );
}

export function MyServicesIsland() {
  return (
    <Web3Island
      component={MyServicesCard}
      fallback={<Skeleton className="h-24 w-full" label="Loading your services" />}
    />
  );
}

export function MyRequestsIsland() {
  return (
    <Web3Island
      component={MyRequestsCard}
      fallback={<Skeleton className="h-24 w-full" label="Loading your requests" />}
    />
  );
}
