/**
 * Checks of every data-contribution input before anything is sent, with the message the form shows, and the
 * reward a score earns (DataLedger.multiplierBps and rewardFor, in integer maths). The contract refuses the same
 * inputs (EmptyDataHash, InvalidPremiumPrice, InvalidScore, ContributorIsBuyer); a duplicate hash is checked
 * against the chain by the form before sending.
 */
import { isAddress, zeroAddress, type Address, type Hex } from "viem";
import { parseAmount } from "../amount";
import { formatDta } from "../format";
import type { Checked } from "../twins/validate";

export type { Checked } from "../twins/validate";

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(message: string): Checked<T> => ({ ok: false, message });

/** DataAccess.MAX_PREMIUM_PRICE: 1,000,000 DTA. */
export const MAX_PREMIUM_PRICE = 1_000_000n * 10_000n;
/** DataLedger.MAX_SCORE. */
export const MAX_SCORE = 100;

/**
 * A data hash as `sha256sum` prints it (64 hex digits) or with 0x: 32 bytes, not all zeros. Returned lower-case
 * with 0x.
 */
export function checkDataHash(input: string): Checked<Hex> {
  const text = input.trim();
  if (text === "") return no("Choose a file, or paste its SHA-256 hash.");
  const digits = text.startsWith("0x") || text.startsWith("0X") ? text.slice(2) : text;
  if (!/^[0-9a-fA-F]*$/.test(digits)) {
    return no("The hash must be hexadecimal: the digits 0–9 and letters a–f only (0x in front is optional).");
  }
  if (digits.length !== 64) {
    return no(`A SHA-256 hash is 64 hex digits (32 bytes); this one has ${digits.length}.`);
  }
  if (/^0{64}$/.test(digits)) return no("The hash can't be all zeros.");
  return ok(`0x${digits.toLowerCase()}` as Hex);
}

/** A restricted contribution's premium in DTA: more than 0, at most 1,000,000 DTA, at most 4 decimals. */
export function checkPremium(input: string): Checked<bigint> {
  if (input.trim() === "") return no("A restricted contribution needs a premium price: enter it in DTA.");
  const parsed = parseAmount(input, { max: MAX_PREMIUM_PRICE });
  if (!parsed.ok) {
    if (parsed.code === "zero") return no("The premium price must be more than 0 DTA.");
    if (parsed.code === "aboveSupply") {
      return no(`The premium price can be at most ${formatDta(MAX_PREMIUM_PRICE)} DTA.`);
    }
    return no(parsed.message);
  }
  return ok(parsed.value);
}

/** A quality score: a whole number 0 … 100. */
export function checkScore(input: string): Checked<number> {
  const text = input.trim();
  if (text === "") return no("Enter a score from 0 to 100.");
  if (!/^\d+$/.test(text)) return no("A score is a whole number from 0 to 100, like 85.");
  const score = Number(text);
  if (score > MAX_SCORE) return no(`A score is at most ${MAX_SCORE}, not ${text}.`);
  return ok(score);
}

/** A buyer to approve: an address, not zero, not the contributor. */
export function checkBuyer(input: string, contributor: Address | undefined): Checked<Address> {
  const text = input.trim();
  if (text === "") return no("Enter the buyer's address.");
  if (!isAddress(text, { strict: false })) return no("That is not an address: 0x followed by 40 hex digits.");
  if (text.toLowerCase() === zeroAddress) return no("The zero address can't be a buyer.");
  if (contributor && text.toLowerCase() === contributor.toLowerCase()) {
    return no("You contributed this data: you don't need access to it.");
  }
  return ok(text.toLowerCase() as Address);
}

/** DataLedger.multiplierBps: < 50: 0×, 50–79: 1×, 80–94: 1.5×, ≥ 95: 2×. */
export function multiplierBps(score: number): number {
  if (score >= 95) return 20_000;
  if (score >= 80) return 15_000;
  if (score >= 50) return 10_000;
  return 0;
}

/** "1.5×" for 15,000 basis points. */
export function formatMultiplier(bps: number): string {
  const whole = Math.trunc(bps / 10_000);
  const tenths = Math.trunc((bps % 10_000) / 1_000);
  return `${whole}${tenths === 0 ? "" : `.${tenths}`}×`;
}

/**
 * What a score would reserve now: base reward × multiplier, limited by the unreserved pool (the contract gives
 * what is left when the pool is short, nothing when it is empty — and still scores).
 */
export function scoreReward(
  score: number,
  baseReward: bigint,
  poolAvailable: bigint,
): { multiplierBps: number; needed: bigint; reward: bigint; short: boolean } {
  const bps = multiplierBps(score);
  const needed = (baseReward * BigInt(bps)) / 10_000n;
  const reward = needed < poolAvailable ? needed : poolAvailable;
  return { multiplierBps: bps, needed, reward, short: reward < needed };
}
