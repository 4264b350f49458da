"use client";

/**
 * The recharts charts, all below the fold: recharts is fetched only when the chart comes near the viewport
 * (lazyWhenVisible), so it is not part of the route's first-load JS and these charts cost nothing while the
 * page loads. Every chart has a text or table alternative rendered on the server. The allocation and revenue
 * donuts are plain SVG instead (charts/DonutChart.tsx): the first is in the first screen, where a chart loaded
 * late delays the page's paint.
 */
import { lazyWhenVisible } from "@/components/ui/WhenVisible";
import { ChartSkeleton } from "./ChartSkeleton";

export const BarsChart = lazyWhenVisible(
  () => import("./charts/BarsChart"),
  () => <ChartSkeleton label="chart" className="h-48" />,
);

export const UnlockAreaChart = lazyWhenVisible(
  () => import("./charts/UnlockAreaChart"),
  () => <ChartSkeleton label="chart" className="h-72 sm:h-80" />,
);

export const SupplyBurnChart = lazyWhenVisible(
  () => import("./charts/SupplyBurnChart"),
  () => <ChartSkeleton label="chart" className="h-64" />,
);
