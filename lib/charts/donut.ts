/**
 * Donut geometry for a plain SVG chart (components/tokenomics/charts/DonutChart.tsx): one annular sector per
 * positive value, in a square viewBox, starting at 12 o'clock and running clockwise with a small gap between
 * slices. Values are plain numbers (whole DTA, basis points): geometry only, never amounts.
 */

export interface DonutShape {
  /** Side of the square viewBox. */
  readonly size: number;
  /** Inner and outer radius as fractions of half the side. */
  readonly inner: number;
  readonly outer: number;
  /** Degrees of empty space after each slice (none when only one slice is drawn). */
  readonly padAngle: number;
}

export const DONUT_SHAPE: DonutShape = { size: 200, inner: 0.58, outer: 0.92, padAngle: 1 };

export interface DonutArc {
  /** Index of the value in the input (zero values are skipped, so indexes may jump). */
  readonly index: number;
  /** Degrees clockwise from 12 o'clock. */
  readonly startAngle: number;
  readonly endAngle: number;
  /** The sector's outline for <path d>. */
  readonly path: string;
}

/** Two decimals are far below a pixel at any size the chart is drawn; they keep the HTML short. */
const num = (n: number): string => String(Math.round(n * 100) / 100);

/** The point at `radius` and `angle` degrees clockwise from 12 o'clock around (`center`, `center`). */
export function polarPoint(center: number, radius: number, angle: number): readonly [number, number] {
  const radians = (angle * Math.PI) / 180;
  return [center + radius * Math.sin(radians), center - radius * Math.cos(radians)];
}

function sectorPath(center: number, inner: number, outer: number, start: number, end: number): string {
  const large = end - start > 180 ? 1 : 0;
  const point = (r: number, a: number) => polarPoint(center, r, a).map(num).join(" ");
  return [
    `M${point(outer, start)}`,
    `A${num(outer)} ${num(outer)} 0 ${large} 1 ${point(outer, end)}`,
    `L${point(inner, end)}`,
    `A${num(inner)} ${num(inner)} 0 ${large} 0 ${point(inner, start)}`,
    "Z",
  ].join("");
}

/**
 * A whole ring: one arc cannot start and end at the same point, so each circle is two half-circles; the outer
 * runs clockwise and the inner counter-clockwise, so the default (nonzero) fill leaves the hole empty.
 */
function ringPath(center: number, inner: number, outer: number): string {
  const circle = (r: number, sweep: 0 | 1) => {
    const [top, bottom] = [center - r, center + r].map(num);
    const arc = `A${num(r)} ${num(r)} 0 1 ${sweep} ${num(center)} `;
    return `M${num(center)} ${top}${arc}${bottom}${arc}${top}Z`;
  };
  return circle(outer, 1) + circle(inner, 0);
}

/** One sector per positive, finite value, proportional to it; empty when nothing is positive. */
export function donutArcs(values: readonly number[], shape: DonutShape = DONUT_SHAPE): DonutArc[] {
  const drawn = values.flatMap((value, index) =>
    Number.isFinite(value) && value > 0 ? [{ value, index }] : [],
  );
  if (drawn.length === 0) return [];
  const total = drawn.reduce((sum, d) => sum + d.value, 0);
  const center = shape.size / 2;
  const inner = center * shape.inner;
  const outer = center * shape.outer;
  if (drawn.length === 1) {
    return [{ index: drawn[0]!.index, startAngle: 0, endAngle: 360, path: ringPath(center, inner, outer) }];
  }
  const pad = shape.padAngle;
  const available = 360 - pad * drawn.length;
  // Half a gap either side of 12 o'clock, so the first slice starts just after it.
  let start = pad / 2;
  return drawn.map(({ value, index }) => {
    const end = start + (available * value) / total;
    const arc = {
      index,
      startAngle: start,
      endAngle: end,
      path: sectorPath(center, inner, outer, start, end),
    };
    start = end + pad;
    return arc;
  });
}
