/**
 * Quadratic weight as the governor counts it: ⌊√votes⌋ (OpenZeppelin `Math.sqrt`, rounded down), in bigint.
 * Splitting stake across addresses raises its total √ weight (4M as one address weighs 2,000; as four of 1M,
 * 4,000) — the Sybil note the pages show.
 */

/** ⌊√n⌋ for n ≥ 0 (Newton's method on bigint; exact for every size). */
export function sqrtWeight(n: bigint): bigint {
  if (n < 0n) throw new RangeError("sqrtWeight of a negative number");
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

/** The leading option's index by √ weight, or null on a tie or when nobody voted (For/Against only for 0). */
export function leadingIndex(
  kind: "forAgainstAbstain" | "multiOption",
  sqrtByOption: readonly bigint[],
): number | null {
  const candidates = kind === "forAgainstAbstain" ? [0, 1] : sqrtByOption.map((_, i) => i);
  let best: number | null = null;
  let bestWeight = 0n;
  let tie = false;
  for (const i of candidates) {
    const w = sqrtByOption[i] ?? 0n;
    if (w > bestWeight) [best, bestWeight, tie] = [i, w, false];
    else if (w === bestWeight && w > 0n) tie = true;
  }
  return tie ? null : best;
}

/** Whether an option leads strictly, as `leadingOption` decides (For over Against when `optionCount` is 0). */
export function hasLeadingOption(optionCount: number, sqrtByOption: readonly bigint[]): boolean {
  return optionCount === 0
    ? leadingIndex("forAgainstAbstain", sqrtByOption) === 1
    : leadingIndex("multiOption", sqrtByOption.slice(0, optionCount)) !== null;
}
