"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/tokenomics/ChartSkeleton";
import type { QualityPoint } from "@/lib/indexer/twins";

/** recharts loads only after the page is interactive; the list below is the chart's text alternative. */
const QualityLineChart = dynamic(() => import("./charts/QualityLineChart"), {
  ssr: false,
  loading: () => <ChartSkeleton label="chart" className="h-56" />,
});

export function QualityHistory({
  points,
  now,
}: {
  points: readonly QualityPoint[];
  now: bigint | undefined;
}) {
  const rows = points.map((p) => ({ time: Number(p.timestamp), score: p.score }));
  const last = rows.at(-1);
  // Extend the last score to now so a single point still draws a line.
  if (last && now !== undefined && Number(now) > last.time)
    rows.push({ time: Number(now), score: last.score });
  return (
    <div className="card space-y-3">
      <h2 className="text-lg font-semibold text-slate-900">Quality history</h2>
      <QualityLineChart rows={rows} label="Quality score over time" />
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">Every score as a list</summary>
        <ol className="mt-2 space-y-1" data-testid="quality-list">
          {points.map((p) => (
            <li key={`${p.blockNumber}-${p.score}-${p.timestamp}`}>
              {new Date(Number(p.timestamp) * 1000).toLocaleString()}:{" "}
              {p.previous === null ? "registered at" : `${p.previous} →`} <strong>{p.score}</strong>
              {p.reasonHash && (
                <span className="break-all font-mono text-slate-500">
                  {" "}
                  (reason {p.reasonHash.slice(0, 10)}…)
                </span>
              )}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
