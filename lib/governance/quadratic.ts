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

/** Whether an option leads strictly, as `leadingOption` decides (For over Against when `optionCount` is 0). */
export function hasLeadingOption(optionCount: number, sqrtByOption: readonly bigint[]): boolean {
  if (optionCount === 0) return (sqrtByOption[1] ?? 0n) > (sqrtByOption[0] ?? 0n);
  let best = 0n;
  let found = false;
  for (let i = 0; i < optionCount; ++i) {
    const w = sqrtByOption[i] ?? 0n;
    if (w > best) [best, found] = [w, true];
    else if (w === best) found = false;
  }
  return best > 0n && found;
}
