import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { labelBelow, linearScale, scoreY, stepLine } from "./stepLine";

describe("linearScale", () => {
  it("maps the domain onto the range, reversed ranges included", () => {
    const x = linearScale([1_000, 2_000], [0, 100]);
    assert.deepEqual([x(1_000), x(1_500), x(2_000)], [0, 50, 100]);
    assert.deepEqual([scoreY(0), scoreY(50), scoreY(90), scoreY(100)], [100, 50, 10, 0]);
  });

  it("puts a one-value domain in the middle of the range", () => {
    assert.equal(linearScale([7, 7], [0, 100])(7), 50);
  });
});

describe("stepLine", () => {
  const points = [
    { time: 100, score: 70 },
    { time: 300, score: 95 },
    { time: 200, score: 40 },
  ];

  it("holds each score until the next (step after), in time order, across the whole width", () => {
    const line = stepLine(points);
    assert.equal(line.path, "M0 30H50V60H100V5");
    assert.deepEqual(
      line.dots.map((d) => [d.x, d.y, d.time, d.score]),
      [
        [0, 30, 100, 70],
        [50, 60, 200, 40],
        [100, 5, 300, 95],
      ],
    );
    assert.deepEqual(line.xTicks, [
      { x: 0, time: 100 },
      { x: 100, time: 300 },
    ]);
  });

  it("extends the last score to `until` without a dot there, and ignores an `until` that is not later", () => {
    const line = stepLine(points, 500);
    assert.equal(line.path, "M0 30H25V60H50V5H100V5");
    assert.equal(line.dots.length, 3);
    assert.deepEqual(
      line.xTicks.map((t) => t.time),
      [100, 500],
    );
    assert.equal(stepLine(points, 300).path, stepLine(points).path);
    assert.equal(stepLine(points, 50).path, stepLine(points).path);
  });

  it("draws a single point in the middle, with one tick, or as a line when extended", () => {
    const alone = stepLine([{ time: 100, score: 80 }]);
    assert.equal(alone.path, "M50 20");
    assert.deepEqual(alone.dots, [{ x: 50, y: 20, time: 100, score: 80 }]);
    assert.deepEqual(alone.xTicks, [{ x: 50, time: 100 }]);
    const held = stepLine([{ time: 100, score: 80 }], 400);
    assert.equal(held.path, "M0 20H100V20");
    assert.deepEqual(held.dots, [{ x: 0, y: 20, time: 100, score: 80 }]);
  });

  it("draws nothing for no points", () => {
    assert.deepEqual(stepLine([], 500), { path: "", dots: [], xTicks: [] });
  });

  it("rounds to three decimals", () => {
    const line = stepLine([
      { time: 0, score: 10 },
      { time: 1, score: 20 },
      { time: 3, score: 30 },
    ]);
    assert.equal(line.path, "M0 90H33.333V80H100V70");
  });
});

describe("labelBelow", () => {
  it("moves a reference line's label below it only when the last score runs just above the line", () => {
    assert.equal(labelBelow(90, 95), true);
    assert.equal(labelBelow(90, 98), true);
    assert.equal(labelBelow(90, 100), false);
    assert.equal(labelBelow(90, 90), false);
    assert.equal(labelBelow(50, 49), false);
    assert.equal(labelBelow(50, 72), false);
    assert.equal(labelBelow(50, undefined), false);
  });
});
