/**
 * The BIVE → DTA swap's arithmetic, mirroring BiveSwap.quote() exactly (bigint, integer division), so the
 * page can show what a swap pays before anything is signed.
 */

export const BIVE_DECIMALS = 18;
export const BIVE_SYMBOL = "BIVE";
const DAY = 86_400n;

/** The swap contract's state that a quote depends on (all read in one multicall). */
export interface SwapTerms {
  readonly biveUnitsPerDtaUnit: bigint;
  readonly dtaUnitsPerBiveUnit: bigint;
  readonly bonusBps: bigint;
  /** BiveSwap.bonusActive() at the last read. */
  readonly bonusActive: boolean;
  readonly bonusPoolRemaining: bigint;
  readonly swapPoolRemaining: bigint;
}

export interface SwapQuote {
  /** DTA paid 1:1 (base units). */
  readonly dtaAmount: bigint;
  /** Early-holder bonus paid on top (base units). */
  readonly bonus: bigint;
  /** BIVE the contract takes; the rest (below one DTA base unit) stays in the wallet. */
  readonly biveUsed: bigint;
  /** The full 10% the amount would earn if the bonus pool were unlimited. */
  readonly fullBonus: bigint;
  /** True when the bonus pool can pay only part of the 10%. */
  readonly bonusCapped: boolean;
  /** True when the swap pool holds less DTA than this swap needs (the contract would refuse). */
  readonly exceedsSwapPool: boolean;
}

/** Same as BiveSwap.quote(biveAmount), plus what the page needs to explain it. */
export function quoteSwap(biveAmount: bigint, terms: SwapTerms): SwapQuote {
  const dtaAmount = (biveAmount / terms.biveUnitsPerDtaUnit) * terms.dtaUnitsPerBiveUnit;
  const biveUsed = (dtaAmount / terms.dtaUnitsPerBiveUnit) * terms.biveUnitsPerDtaUnit;
  const fullBonus = terms.bonusActive ? (dtaAmount * terms.bonusBps) / 10_000n : 0n;
  const bonus = fullBonus > terms.bonusPoolRemaining ? terms.bonusPoolRemaining : fullBonus;
  return {
    dtaAmount,
    bonus,
    biveUsed,
    fullBonus,
    bonusCapped: bonus < fullBonus,
    exceedsSwapPool: dtaAmount > terms.swapPoolRemaining,
  };
}

/** The smallest BIVE amount worth at least one DTA base unit; anything less is dust. */
export function minimumSwapAmount(terms: Pick<SwapTerms, "biveUnitsPerDtaUnit">): bigint {
  return terms.biveUnitsPerDtaUnit;
}

/** Whole days left in the bonus window, rounded up (a window ending in 3 hours has 1 day left); 0 when closed. */
export function bonusDaysLeft(genesis: bigint, window: bigint, now: bigint): bigint {
  const end = genesis + window;
  if (now >= end) return 0n;
  return (end - now + DAY - 1n) / DAY;
}

/** "1 day" / "12 days". */
export function pluralDays(days: bigint): string {
  return `${days} ${days === 1n ? "day" : "days"}`;
}
