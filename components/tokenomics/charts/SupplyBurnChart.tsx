"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, groupThousands } from "@/lib/format";

/** One day: `day` (days since 1970) → supply and cumulative burned, in whole DTA (numbers, geometry only). */
export interface SupplyBurnRow {
  readonly day: number;
  readonly supply: number;
  readonly burned: number;
}

const compactWholeDta = (value: number) => formatCompact(BigInt(Math.trunc(value)), 0);
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Total supply (left axis) and DTA burned so far (right axis) by day. */
export default function SupplyBurnChart({ rows, label }: { rows: readonly SupplyBurnRow[]; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={[...rows]}
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={dateOf} tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis
            yAxisId="supply"
            tickFormatter={compactWholeDta}
            tick={{ fill: "#334155", fontSize: 12 }}
            width={48}
          />
          <YAxis
            yAxisId="burned"
            orientation="right"
            tickFormatter={compactWholeDta}
            tick={{ fill: "#334155", fontSize: 12 }}
            width={48}
          />
          <Tooltip
            labelFormatter={(d) => dateOf(Number(d))}
            formatter={(value, name) => [`${groupThousands(String(value))} DTA`, name]}
            contentStyle={{ borderRadius: 8, borderColor: "#cbd5e1", fontSize: 13 }}
          />
          <Legend wrapperStyle={{ fontSize: 12, color: "#1e293b" }} />
          <Line
            yAxisId="supply"
            type="stepAfter"
            dataKey="supply"
            name="Total supply"
            stroke="#0f766e"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="burned"
            type="stepAfter"
            dataKey="burned"
            name="Burned"
            stroke="#b91c1c"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
