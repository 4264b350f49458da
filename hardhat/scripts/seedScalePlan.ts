/**
 * What the scale seed (seedScale.ts) does, shared with the indexer benchmark that reads its accounts back.
 * SCALE_FACTOR (default 1) multiplies every count.
 */
import { keccak256, toHex, type Address } from "viem";

const factor = Number(process.env.SCALE_FACTOR ?? 1);
if (!Number.isFinite(factor) || factor <= 0) throw new Error(`SCALE_FACTOR must be > 0, got ${factor}`);
const scaled = (n: number) => Math.max(1, Math.round(n * factor));

/** Counts (at SCALE_FACTOR 1) and batch sizes that keep each transaction well under the gas cap. */
export const SCALE_PLAN = {
  transfers: { count: scaled(6_000), batch: 200, recipients: 300 },
  // Four position sizes, one per batch in turn: [whole DTA, lock days].
  stakes: {
    count: scaled(2_000),
    batch: 40,
    sizes: [
      ["1000", 30],
      ["10000", 90],
      ["50000", 180],
      ["100000", 365],
    ] as const,
  },
  compounds: { count: scaled(1_000), batch: 100 },
  claims: { count: scaled(1_000), batch: 100 },
  swaps: { count: scaled(600), batch: 120, bive: 100n * 10n ** 18n },
} as const;

/** The `i`-th fixed recipient of the scale seed's transfers (no key: they only receive). */
export function scaleRecipient(i: number): Address {
  return `0x${keccak256(toHex(`dta-scale-recipient-${i}`)).slice(26)}`;
}
