"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/Skeleton";

/** The staked-by-tier chart with recharts loaded after the page is interactive (TierTable, beside it, carries the figures in the HTML). */
export const LazyTierChart = dynamic(() => import("./TierChart").then((m) => m.TierChart), {
  ssr: false,
  loading: () => <Skeleton className="h-56 w-full" label="Loading the staked-by-tier chart" />,
});
