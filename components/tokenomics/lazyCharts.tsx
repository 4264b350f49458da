"use client";

/**
 * recharts is loaded only after the page is interactive (next/dynamic, no SSR), so it is not part of the
 * route's first-load JS. Every chart has a text or table alternative rendered on the server.
 */
import dynamic from "next/dynamic";
import { ChartSkeleton } from "./ChartSkeleton";

export const DonutChart = dynamic(() => import("./charts/DonutChart"), {
  ssr: false,
  loading: () => <ChartSkeleton label="chart" className="h-64 sm:h-72" />,
});

export const BarsChart = dynamic(() => import("./charts/BarsChart"), {
  ssr: false,
  loading: () => <ChartSkeleton label="chart" className="h-48" />,
});

export const UnlockAreaChart = dynamic(() => import("./charts/UnlockAreaChart"), {
  ssr: false,
  loading: () => <ChartSkeleton label="chart" className="h-72 sm:h-80" />,
});

export const SupplyBurnChart = dynamic(() => import("./charts/SupplyBurnChart"), {
  ssr: false,
  loading: () => <ChartSkeleton label="chart" className="h-64" />,
});
