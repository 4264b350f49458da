"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface QualityRow {
  /** Unix seconds. */
  readonly time: number;
  readonly score: number;
}

const dateOf = (time: number) => new Date(time * 1000).toISOString().slice(0, 16).replace("T", " ");

/** Quality score over time, with the +20% line (90) and the suspension line (50). */
export default function QualityLineChart({ rows, label }: { rows: readonly QualityRow[]; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={[...rows]}
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            dataKey="time"
            type="number"
            domain={["dataMin", "dataMax"]}
            ticks={rows.length > 1 ? [rows[0]!.time, rows[rows.length - 1]!.time] : undefined}
            tickFormatter={(t: number) => dateOf(t).slice(5)}
            tick={{ fill: "#334155", fontSize: 12 }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 50, 90, 100]}
            tick={{ fill: "#334155", fontSize: 12 }}
            width={32}
          />
          <ReferenceLine
            y={90}
            stroke="#059669"
            strokeDasharray="4 4"
            label={{ value: "+20%", fontSize: 11 }}
          />
          <ReferenceLine
            y={50}
            stroke="#b91c1c"
            strokeDasharray="4 4"
            label={{ value: "suspended below", fontSize: 11 }}
          />
          <Tooltip
            labelFormatter={(t) => dateOf(Number(t))}
            formatter={(value) => [String(value), "Quality"]}
            contentStyle={{ borderRadius: 8, borderColor: "#cbd5e1", fontSize: 13 }}
          />
          <Line type="stepAfter" dataKey="score" stroke="#0f766e" dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
