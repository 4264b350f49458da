/**
 * Parsing and validating a DTA amount typed by a user. The result is a bigint in base units (4 decimals);
 * the text is checked as a string and converted with viem's parseUnits — never through a float.
 */
import { parseUnits } from "viem";
import { DTA_DECIMALS, GENESIS_SUPPLY } from "./tokenomics/allocation";
import { formatAmount } from "./format";

export type AmountErrorCode =
  | "empty"
  | "negative"
  | "thousandsSeparator"
  | "invalidCharacters"
  | "tooManyDecimals"
  | "zero"
  | "aboveSupply"
  | "aboveBalance"
  | "belowMinimum";

export type AmountResult =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly code: AmountErrorCode; readonly message: string };

export interface AmountRules {
  /** The spender's balance in base units; amounts above it are refused. Omit when unknown. */
  readonly balance?: bigint | undefined;
  /** Upper bound in base units; defaults to the total supply (nothing larger can exist). */
  readonly max?: bigint;
  readonly decimals?: number;
  readonly symbol?: string;
  /** Smallest accepted amount in base units (e.g. dust that would convert to nothing). Omit for none. */
  readonly min?: bigint;
  /** Message for amounts below `min`; defaults to "The smallest amount is …". */
  readonly belowMinimumMessage?: string;
}

const fail = (code: AmountErrorCode, message: string): AmountResult => ({ ok: false, code, message });

/** Parses `input` (e.g. "1250.5", " .5 ", "5.") into base units, or explains what is wrong with it. */
export function parseAmount(input: string, rules: AmountRules = {}): AmountResult {
  const decimals = rules.decimals ?? DTA_DECIMALS;
  const symbol = rules.symbol ?? "DTA";
  const max = rules.max ?? GENESIS_SUPPLY;
  const text = input.trim();

  if (text === "") return fail("empty", "Enter an amount.");
  if (text.startsWith("-")) return fail("negative", "The amount can't be negative.");
  if (/^[\d.]*,[\d,.]*$/.test(text) && /\d,\d/.test(text)) {
    return fail("thousandsSeparator", "Leave out thousands separators: type 1000, not 1,000.");
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) {
    return fail("invalidCharacters", "Use digits and at most one decimal point, like 1250.5.");
  }
  const fraction = text.split(".")[1] ?? "";
  if (fraction.length > decimals) {
    const smallest = `0.${"0".repeat(decimals - 1)}1`;
    return fail(
      "tooManyDecimals",
      `${symbol} has at most ${decimals} decimal places (the smallest amount is ${smallest}).`,
    );
  }

  const value = parseUnits(text.endsWith(".") ? `${text}0` : text, decimals);
  if (value === 0n) return fail("zero", "The amount must be greater than zero.");
  if (value > max) {
    return fail(
      "aboveSupply",
      `That is more than the total supply of ${formatAmount(max, decimals)} ${symbol}.`,
    );
  }
  if (rules.min !== undefined && value < rules.min) {
    return fail(
      "belowMinimum",
      rules.belowMinimumMessage ?? `The smallest amount is ${formatAmount(rules.min, decimals)} ${symbol}.`,
    );
  }
  if (rules.balance !== undefined && value > rules.balance) {
    return fail(
      "aboveBalance",
      `That is more than your balance of ${formatAmount(rules.balance, decimals)} ${symbol}.`,
    );
  }
  return { ok: true, value };
}
