"use client";

/**
 * The recharts charts, all below the fold: recharts is loaded only after the page is interactive (next/dynamic,
 * no SSR), so it is not part of the route's first-load JS, and only when the chart comes near the viewport
 * (WhenVisible), so these charts cost nothing while the page loads. Every chart has a text or table alternative
 * rendered on the server. The allocation and revenue donuts are plain SVG instead (charts/DonutChart.tsx): the
 * first is in the first screen, where a chart loaded late delays the page's paint.
 */
import dynamic from "next/dynamic";
import { whenVisible } from "@/components/ui/WhenVisible";
import { ChartSkeleton } from "./ChartSkeleton";

export const BarsChart = whenVisible(
  dynamic(() => import("./charts/BarsChart"), {
    ssr: false,
    loading: () => <ChartSkeleton label="chart" className="h-48" />,
  }),
  () => <ChartSkeleton label="chart" className="h-48" />,
);

export const UnlockAreaChart = whenVisible(
  dynamic(() => import("./charts/UnlockAreaChart"), {
    ssr: false,
    loading: () => <ChartSkeleton label="chart" className="h-72 sm:h-80" />,
  }),
  () => <ChartSkeleton label="chart" className="h-72 sm:h-80" />,
);

export const SupplyBurnChart = whenVisible(
  dynamic(() => import("./charts/SupplyBurnChart"), {
    ssr: false,
    loading: () => <ChartSkeleton label="chart" className="h-64" />,
  }),
  () => <ChartSkeleton label="chart" className="h-64" />,
);
