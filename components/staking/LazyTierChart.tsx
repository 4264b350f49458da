"use client";

import { Skeleton } from "@/components/ui/Skeleton";
import { lazyWhenVisible } from "@/components/ui/WhenVisible";

const skeleton = () => <Skeleton className="h-56 w-full" label="Loading the staked-by-tier chart" />;

/**
 * The staked-by-tier chart with recharts fetched once the chart nears the viewport (TierTable, beside it,
 * carries the figures in the HTML).
 */
export const LazyTierChart = lazyWhenVisible(() => import("./TierChart"), skeleton);
