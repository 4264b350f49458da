import type { QualityPoint } from "@/lib/indexer/twins";
import { QualityLineChart } from "./charts/QualityLineChart";
import { formatUtcDate } from "@/lib/format";

/** The quality chart (plain SVG, in the server's HTML) and every score as a list, its text alternative. */
export function QualityHistory({
  points,
  now,
}: {
  points: readonly QualityPoint[];
  now: bigint | undefined;
}) {
  return (
    <div className="card space-y-3">
      <h2 className="text-lg font-semibold text-slate-900">Quality history</h2>
      {/* The last score holds until now, so a single score still draws a line. */}
      <QualityLineChart
        points={points.map((p) => ({ time: Number(p.timestamp), score: p.score }))}
        until={now === undefined ? undefined : Number(now)}
        label="Quality score over time"
      />
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">Every score as a list</summary>
        <ol className="mt-2 space-y-1" data-testid="quality-list">
          {points.map((p) => (
            <li key={`${p.blockNumber}-${p.score}-${p.timestamp}`}>
              {formatUtcDate(p.timestamp, true)} UTC:{" "}
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
