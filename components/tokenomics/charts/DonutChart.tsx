"use client";

import { useState } from "react";
import { DONUT_SHAPE, donutArcs } from "@/lib/charts/donut";
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

/**
 * A donut of whole-DTA values drawn as plain SVG, so it is in the server's HTML and paints with the page. The
 * viewBox scales it to its box; hovering a slice shows its label and exact amount in the centre (and each slice
 * has a native tooltip); the exact amounts are also in the text beside it.
 */
export function DonutChart({ data, label, onSelect, centerTitle, centerValue }: DonutChartProps) {
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const arcs = donutArcs(data.map((d) => d.value));
  const hovered = data.find((d) => d.id === hoveredId);
  const title = hovered ? hovered.label : centerTitle;
  const value = hovered ? hovered.display : centerValue;
  return (
    <div
      role="img"
      aria-label={label}
      data-testid="donut-chart"
      className="flex h-64 w-full justify-center sm:h-72"
    >
      <div className="relative aspect-square h-full max-w-full">
        <svg
          viewBox={`0 0 ${DONUT_SHAPE.size} ${DONUT_SHAPE.size}`}
          className="h-full w-full"
          onMouseLeave={() => setHoveredId(null)}
        >
          {arcs.map((arc) => {
            const slice = data[arc.index]!;
            const faded = hovered !== undefined && hovered.id !== slice.id;
            return (
              <path
                key={slice.id}
                d={arc.path}
                data-slice={slice.id}
                fill={slice.fill}
                stroke="#ffffff"
                strokeWidth={1}
                className={`transition-opacity ${faded ? "opacity-40" : ""} ${onSelect ? "cursor-pointer" : ""}`}
                onMouseEnter={() => setHoveredId(slice.id)}
                onClick={onSelect ? () => onSelect(slice.id) : undefined}
              >
                <title>{`${slice.label}: ${slice.display}`}</title>
              </path>
            );
          })}
        </svg>
        {value && (
          // The hole is 58% of the side; 54% keeps two or three centred lines inside it.
          <div
            aria-hidden="true"
            className="pointer-events-none absolute inset-0 flex items-center justify-center text-center"
          >
            <div className="flex max-w-[54%] flex-col items-center" data-testid="donut-center">
              <span className="text-xs font-medium leading-snug text-slate-600">{title}</span>
              <span
                className={`font-semibold tabular-nums leading-snug text-slate-900 ${hovered ? "text-sm" : "text-lg"}`}
              >
                {value}
              </span>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
