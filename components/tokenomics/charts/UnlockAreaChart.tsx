"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, groupThousands } from "@/lib/format";

export interface UnlockSeries {
  readonly id: string;
  readonly label: string;
  readonly color: string;
}

/** One month: `month` plus each series id → unlocked whole DTA (numbers, for geometry only). */
export type UnlockRow = Readonly<Record<string, number>>;

interface UnlockAreaChartProps {
  readonly rows: readonly UnlockRow[];
  readonly series: readonly UnlockSeries[];
  readonly label: string;
}

const compactWholeDta = (value: number) => formatCompact(BigInt(Math.trunc(value)), 0);

/** Circulating supply by month, stacked by bucket. */
export default function UnlockAreaChart({ rows, series, label }: UnlockAreaChartProps) {
  return (
    <div role="img" aria-label={label} className="h-72 w-full sm:h-80">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart
          data={[...rows]}
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            dataKey="month"
            tick={{ fill: "#334155", fontSize: 12 }}
            tickFormatter={(m: number) => `M${m}`}
            ticks={[0, 3, 6, 9, 12, 15, 18, 21, 24]}
          />
          <YAxis tickFormatter={compactWholeDta} tick={{ fill: "#334155", fontSize: 12 }} width={48} />
          <Tooltip
            labelFormatter={(m) => `Month ${String(m)}`}
            formatter={(value, name) => [`${groupThousands(String(value))} DTA`, name]}
            contentStyle={{ borderRadius: 8, borderColor: "#cbd5e1", fontSize: 13 }}
          />
          <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: "#1e293b" }} />
          {series.map((s) => (
            <Area
              key={s.id}
              type="linear"
              dataKey={s.id}
              name={s.label}
              stackId="supply"
              stroke={s.color}
              fill={s.color}
              fillOpacity={0.75}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
