/**
 * Display formatting for token amounts. Everything works on bigint base units and strings — never on
 * floating point — so 999,999,999.9999 DTA prints exactly.
 */
import { formatUnits } from "viem";
import { DTA_DECIMALS } from "./tokenomics/allocation";

/** "1234567" → "1,234,567" (digits only, no sign). */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export interface FormatAmountOptions {
  /** Decimal places to keep at most (extra digits are truncated, not rounded). */
  readonly maxDecimals?: number;
}

/** Base units → "1,234.5678" with thousands separators and trailing zeros removed. */
export function formatAmount(value: bigint, decimals: number, options: FormatAmountOptions = {}): string {
  const negative = value < 0n;
  const text = formatUnits(negative ? -value : value, decimals);
  const [whole = "0", fraction = ""] = text.split(".");
  const kept = fraction.slice(0, options.maxDecimals ?? decimals).replace(/0+$/, "");
  return `${negative ? "-" : ""}${groupThousands(whole)}${kept ? `.${kept}` : ""}`;
}

/** DTA base units (4 decimals) → "1,234.5678". */
export function formatDta(value: bigint, options: FormatAmountOptions = {}): string {
  return formatAmount(value, DTA_DECIMALS, options);
}

/** Native wei → "10,000.1234" (18 decimals, shown to 4 places). */
export function formatNative(value: bigint, decimals = 18): string {
  return formatAmount(value, decimals, { maxDecimals: 4 });
}

const COMPACT_STEPS: readonly (readonly [bigint, string])[] = [
  [10n ** 12n, "T"],
  [10n ** 9n, "B"],
  [10n ** 6n, "M"],
  [10n ** 3n, "K"],
];

/**
 * Base units → a short label: "1B", "137M", "1.25M", "12.5K", "999.5". One or two decimals, truncated,
 * computed with bigint division.
 */
export function formatCompact(value: bigint, decimals: number = DTA_DECIMALS): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = 10n ** BigInt(decimals);
  const sign = negative ? "-" : "";
  for (const [step, suffix] of COMPACT_STEPS) {
    const scaled = step * unit;
    if (abs >= scaled) {
      const hundredths = (abs * 100n) / scaled;
      const whole = hundredths / 100n;
      const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
      return `${sign}${groupThousands(whole.toString())}${fraction ? `.${fraction}` : ""}${suffix}`;
    }
  }
  return `${sign}${formatAmount(abs, decimals, { maxDecimals: 2 })}`;
}

/**
 * A whole number with thousands separators: 1234567 → "1,234,567". Written without Intl on purpose: the first
 * `toLocaleString`/`Intl` call on a page builds its ICU formatter, 35–55 ms of main thread here (×4 on a phone),
 * which landed in the list pages' hydration.
 */
export function formatInteger(value: number | bigint): string {
  const text = value.toString();
  return text.startsWith("-") ? `-${groupThousands(text.slice(1))}` : groupThousands(text);
}

/** en-GB's short month names (ICU's, September included), for formatUtcDate. */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;

/**
 * Unix seconds → "3 Sept 2026", or with `withTime` "3 Sept 2026, 09:05", in UTC: what `toLocaleString("en-GB",
 * { timeZone: "UTC", … })` writes, the same on server and client, without Intl (see formatInteger).
 */
export function formatUtcDate(seconds: bigint, withTime = false): string {
  const date = new Date(Number(seconds) * 1000);
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  if (!withTime) return day;
  const pad = (n: number) => n.toString().padStart(2, "0");
  return `${day}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" → "0xf39F…2266". */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}
