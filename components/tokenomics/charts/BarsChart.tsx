"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact } from "@/lib/format";
import type { ChartDatum } from "../palette";

interface BarsChartProps {
  readonly data: readonly ChartDatum[];
  readonly label: string;
}

const compactWholeDta = (value: number) => formatCompact(BigInt(Math.trunc(value)), 0);

/** Horizontal bars of whole-DTA values (one colour per bar); exact figures are in the table beneath. */
export default function BarsChart({ data, label }: BarsChartProps) {
  const height = Math.max(160, data.length * 44 + 40);
  return (
    <div role="img" aria-label={label} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={[...data]}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tickFormatter={compactWholeDta} tick={{ fill: "#334155", fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={120}
            tick={{ fill: "#334155", fontSize: 12 }}
            interval={0}
          />
          <Tooltip
            formatter={(_value, _name, item) => [String(item.payload?.display ?? ""), "Amount"]}
            contentStyle={{ borderRadius: 8, borderColor: "#cbd5e1", fontSize: 13 }}
            cursor={{ fill: "#f1f5f9" }}
          />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 4, 4, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
