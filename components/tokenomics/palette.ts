/** Chart colours: each at least 4.5:1 against white, so slices, areas and swatches stay distinguishable. */
export const CHART_COLORS = [
  "#0f766e",
  "#1d4ed8",
  "#7c3aed",
  "#b45309",
  "#be123c",
  "#4d7c0f",
  "#475569",
] as const;

export const colorAt = (index: number): string => CHART_COLORS[index % CHART_COLORS.length]!;

/** One slice / bar / area of a chart: geometry in whole DTA (a number), the exact label for tooltips. */
export interface ChartDatum {
  readonly id: string;
  readonly label: string;
  /** Whole DTA, for geometry only. */
  readonly value: number;
  /** Exact, bigint-formatted text shown in the tooltip ("300,000,000 DTA"). */
  readonly display: string;
  readonly fill: string;
}
