import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hasLeadingOption, sqrtWeight } from "./quadratic";

describe("quadratic weight", () => {
  it("is ⌊√n⌋ for small, exact and huge numbers", () => {
    assert.deepEqual([0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n].map(sqrtWeight), [0n, 1n, 1n, 1n, 2n, 3n, 4n, 4n]);
    const big = 12_345_678_901_234_567_890n;
    assert.equal(sqrtWeight(big * big), big);
    assert.equal(sqrtWeight(big * big - 1n), big - 1n);
    assert.throws(() => sqrtWeight(-1n), RangeError);
  });

  it("rewards splitting: 4M votes as one weigh 2,000, as four of 1M weigh 4,000", () => {
    assert.equal(sqrtWeight(4_000_000n), 2_000n);
    assert.equal(4n * sqrtWeight(1_000_000n), 4_000n);
  });

  it("finds a strict leader; a tie or no vote has none", () => {
    assert.equal(hasLeadingOption(0, [5n, 6n, 100n]), true);
    assert.equal(hasLeadingOption(0, [6n, 6n, 0n]), false);
    assert.equal(hasLeadingOption(3, [1n, 9n, 3n]), true);
    assert.equal(hasLeadingOption(3, [9n, 1n, 9n]), false);
    assert.equal(hasLeadingOption(2, [0n, 0n]), false);
  });
});
