import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DONUT_SHAPE, donutArcs, polarPoint } from "./donut";

/** The numbers of a path, in order. */
const numbers = (path: string): number[] => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
/** The centre and the radii, rounded as the paths write them. */
const radii = () => {
  const c = DONUT_SHAPE.size / 2;
  const round = (r: number) => Math.round(r * 100) / 100;
  return { c, outer: round(c * DONUT_SHAPE.outer), inner: round(c * DONUT_SHAPE.inner) };
};
const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 0.01, `${what}: ${actual} is not ${expected}`);

describe("donut arcs", () => {
  it("start just after 12 o'clock and run clockwise, with one gap after each slice", () => {
    const arcs = donutArcs([30, 22, 13.7, 11, 10, 10, 3.3]);
    assert.equal(arcs.length, 7);
    close(arcs[0]!.startAngle, DONUT_SHAPE.padAngle / 2, "first start");
    for (let i = 1; i < arcs.length; i++) {
      close(arcs[i]!.startAngle - arcs[i - 1]!.endAngle, DONUT_SHAPE.padAngle, `gap before slice ${i}`);
    }
    close(arcs.at(-1)!.endAngle + DONUT_SHAPE.padAngle / 2, 360, "last end");
  });

  it("sizes each slice in proportion to its value", () => {
    const arcs = donutArcs([3, 1]);
    const span = (i: number) => arcs[i]!.endAngle - arcs[i]!.startAngle;
    close(span(0), 3 * span(1), "3:1");
    close(span(0) + span(1), 360 - 2 * DONUT_SHAPE.padAngle, "the circle less the gaps");
  });

  it("draws each slice from its outer start, clockwise round the outer edge, back along the inner", () => {
    const [right, left] = donutArcs([1, 1]);
    const { c, outer, inner } = radii();
    const [x0, y0] = polarPoint(c, outer, DONUT_SHAPE.padAngle / 2);
    assert.ok(right!.path.startsWith("M"));
    const n = numbers(right!.path);
    close(n[0]!, x0, "start x");
    close(n[1]!, y0, "start y");
    assert.ok(n[0]! > c && n[1]! < c - outer + 1, "the first slice starts at the top, just right of centre");
    // Outer arc: radius, radius, rotation, large-arc 0 (under half a turn), sweep 1 (clockwise).
    assert.deepEqual(n.slice(2, 7), [outer, outer, 0, 0, 1]);
    // Inner arc back: sweep 0.
    assert.deepEqual(n.slice(11, 16), [inner, inner, 0, 0, 0]);
    assert.ok(right!.path.endsWith("Z"));
    // The second half is on the left: its points all lie left of centre.
    const xs = numbers(left!.path).filter((_, i) => [0, 7, 9, 16].includes(i));
    assert.ok(
      xs.every((x) => x < c),
      `left slice x ${xs.join(", ")}`,
    );
  });

  it("uses the large-arc flag for a slice over half the circle", () => {
    const [big, small] = donutArcs([3, 1]);
    assert.equal(numbers(big!.path)[5], 1);
    assert.equal(numbers(small!.path)[5], 0);
  });

  it("skips zero, negative and non-finite values and keeps the input's indexes", () => {
    const arcs = donutArcs([0, 5, -1, Number.NaN, 5, Number.POSITIVE_INFINITY]);
    assert.deepEqual(
      arcs.map((a) => a.index),
      [1, 4],
    );
    assert.deepEqual(donutArcs([]), []);
    assert.deepEqual(donutArcs([0, 0]), []);
  });

  it("draws a single slice as a whole ring with no gap and an empty hole", () => {
    const [ring, ...rest] = donutArcs([0, 42, 0]);
    assert.equal(rest.length, 0);
    assert.deepEqual([ring!.index, ring!.startAngle, ring!.endAngle], [1, 0, 360]);
    const { c, outer, inner } = radii();
    // Two closed circles: outer clockwise (sweep 1), inner counter-clockwise (sweep 0), each two half-turns.
    const circles = ring!.path.split("M").filter(Boolean);
    assert.equal(circles.length, 2);
    const [o, i] = circles.map(numbers);
    assert.deepEqual(o, [
      c,
      c - outer,
      outer,
      outer,
      0,
      1,
      1,
      c,
      c + outer,
      outer,
      outer,
      0,
      1,
      1,
      c,
      c - outer,
    ]);
    assert.deepEqual(i, [
      c,
      c - inner,
      inner,
      inner,
      0,
      1,
      0,
      c,
      c + inner,
      inner,
      inner,
      0,
      1,
      0,
      c,
      c - inner,
    ]);
  });

  it("keeps the numbers short (two decimals) and never NaN", () => {
    for (const arc of donutArcs([1, 2, 3, 1e-9, 1e9])) {
      assert.doesNotMatch(arc.path, /NaN|\d\.\d{3}/);
    }
  });
});
