"use client";

import { Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import type { ChartDatum } from "../palette";

interface DonutChartProps {
  readonly data: readonly ChartDatum[];
  /** What the chart shows, for screen readers (the list or table beside it has the figures). */
  readonly label: string;
  /** Called with a slice's id when it is clicked (mouse); keyboard users use the list's buttons. */
  readonly onSelect?: (id: string) => void;
  readonly centerTitle?: string;
  readonly centerValue?: string;
}

/** A donut of whole-DTA values; the exact amounts are in the tooltip and in the text beside it. */
export default function DonutChart({ data, label, onSelect, centerTitle, centerValue }: DonutChartProps) {
  return (
    <div role="img" aria-label={label} className="relative h-64 w-full sm:h-72">
      <ResponsiveContainer width="100%" height="100%">
        <PieChart accessibilityLayer={false}>
          <Pie
            data={[...data]}
            dataKey="value"
            nameKey="label"
            innerRadius="58%"
            outerRadius="92%"
            paddingAngle={1}
            startAngle={90}
            endAngle={-270}
            stroke="#ffffff"
            isAnimationActive={false}
            className={onSelect ? "cursor-pointer" : undefined}
            onClick={onSelect ? (_entry, index) => onSelect(data[index]?.id ?? "") : undefined}
          />
          <Tooltip
            formatter={(_value, name, item) => [String(item.payload?.display ?? ""), name]}
            contentStyle={{ borderRadius: 8, borderColor: "#cbd5e1", fontSize: 13 }}
          />
        </PieChart>
      </ResponsiveContainer>
      {centerValue && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center"
        >
          <span className="text-xs font-medium text-slate-600">{centerTitle}</span>
          <span className="text-lg font-semibold text-slate-900">{centerValue}</span>
        </div>
      )}
    </div>
  );
}
