/**
 * Step-line geometry for a plain SVG chart of scores over time (components/twins/charts/QualityLineChart.tsx).
 * Coordinates are percentages of the plot area (x 0 → 100 left to right, y 0 → 100 top to bottom), so the chart
 * scales to any width without measuring it: the line is drawn in a 100 × 100 viewBox stretched over the plot,
 * dots and labels are placed at these percentages.
 */

export interface StepPoint {
  /** Unix seconds (any increasing number works). */
  readonly time: number;
  /** 0–100. */
  readonly score: number;
}

/** The score axis: 0 to 100 whatever the data, so 50 and 90 always sit at the same height. */
export const SCORE_DOMAIN = [0, 100] as const;

/**
 * A linear map from `domain` onto `range`. A domain of one value (a single point in time) maps to the middle of
 * the range, so one point still has a place.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** The score's height in the plot: 100 at the top, 0 at the bottom. */
export const scoreY = linearScale(SCORE_DOMAIN, [100, 0]);

/** Score units a reference line's label takes above its line (about 14 px of the 192 px plot). */
const LABEL_BAND = 8;

/**
 * A reference line's label sits above its line at the right end, unless the line's last score runs through
 * that space: then below it.
 */
export function labelBelow(reference: number, lastScore: number | undefined): boolean {
  return lastScore !== undefined && lastScore > reference && lastScore <= reference + LABEL_BAND;
}

export interface StepDot {
  readonly x: number;
  readonly y: number;
  readonly time: number;
  readonly score: number;
}

export interface StepLine {
  /** For <path d> in a 0 0 100 100 viewBox: each score held until the next one ("step after"). */
  readonly path: string;
  /** One per point, in time order. */
  readonly dots: readonly StepDot[];
  /** The first and the last time on the x axis (one tick when they are the same). */
  readonly xTicks: readonly { readonly x: number; readonly time: number }[];
}

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * The step-after line through `points` (sorted by time here), the x domain from the first time to the last —
 * or to `until`, when later: the last score is then held up to it, with no dot there (no score was set then).
 */
export function stepLine(points: readonly StepPoint[], until?: number): StepLine {
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return { path: "", dots: [], xTicks: [] };
  const end = until !== undefined && until > last.time ? until : last.time;
  const x = linearScale([first.time, end], [0, 100]);
  const dots = sorted.map((p) => ({ x: x(p.time), y: scoreY(p.score), time: p.time, score: p.score }));
  const vertices = end > last.time ? [...dots, { x: x(end), y: scoreY(last.score) }] : dots;
  const path = vertices
    .map((v, i) => (i === 0 ? `M${num(v.x)} ${num(v.y)}` : `H${num(v.x)}V${num(v.y)}`))
    .join("");
  const xTicks =
    end === first.time ? [{ x: x(end), time: end }] : [first.time, end].map((t) => ({ x: x(t), time: t }));
  return { path, dots, xTicks };
}
