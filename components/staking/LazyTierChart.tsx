"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/Skeleton";
import { whenVisible } from "@/components/ui/WhenVisible";

const skeleton = () => <Skeleton className="h-56 w-full" label="Loading the staked-by-tier chart" />;

/**
 * The staked-by-tier chart with recharts loaded after the page is interactive and once the chart nears the
 * viewport (TierTable, beside it, carries the figures in the HTML).
 */
export const LazyTierChart = whenVisible(
  dynamic(() => import("./TierChart").then((m) => m.TierChart), { ssr: false, loading: skeleton }),
  skeleton,
);
