/**
 * Pure pieces of the staking tier wizard: the stake amount rule (on top of the app's amount parser), the
 * tier an amount lands in, countdowns and dates, and the on-chain receipt
 * metadata. Amounts are bigint base units throughout.
 */
import { parseAmount, type AmountResult } from "../amount";
import { formatDta, formatUtcDate } from "../format";
import { MIN_STAKE, SECONDS_PER_DAY, nextTier, tierOf, type LockDays, type Tier } from "./tables.ts";

export type StakeAmountResult =
  AmountResult | { readonly ok: false; readonly code: "belowMinimum"; readonly message: string };

/** The amount check of step 1: the app's amount rules, then the Bronze minimum. */
export function parseStakeAmount(text: string, balance: bigint | undefined): StakeAmountResult {
  const parsed = parseAmount(text, { balance });
  if (!parsed.ok) return parsed;
  if (parsed.value < MIN_STAKE) {
    return {
      ok: false,
      code: "belowMinimum",
      message: `The minimum stake is ${formatDta(MIN_STAKE)} DTA (Bronze). Add ${formatDta(
        MIN_STAKE - parsed.value,
      )} DTA.`,
    };
  }
  return parsed;
}

export interface TierPlacement {
  readonly tier: Tier;
  /** The next tier up and the base units missing to reach it; undefined at Diamond. */
  readonly next: { readonly tier: Tier; readonly missing: bigint } | undefined;
}

/** Where an amount lands: its tier and the distance to the next one (undefined below the minimum). */
export function tierPlacement(amount: bigint): TierPlacement | undefined {
  const tier = tierOf(amount);
  return tier === undefined ? undefined : { tier, next: nextTier(amount) };
}

/** Unlock time (unix seconds) of a position opened at `now` for `lockDays`. */
export function unlockAt(now: bigint, lockDays: LockDays): bigint {
  return now + BigInt(lockDays) * SECONDS_PER_DAY;
}

/** "2.5%" / "12%" from basis points (rates may be numbers; amounts never are). */
export function formatApy(bps: number | bigint): string {
  const value = BigInt(bps);
  const whole = value / 100n;
  const fraction = (value % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${whole}${fraction ? `.${fraction}` : ""}%`;
}

/** Decodes a `data:application/json;base64,…` token URI into its metadata (undefined if malformed). */
export function decodeTokenUri(
  uri: string,
): { name?: string; description?: string; image?: string } | undefined {
  const prefix = "data:application/json;base64,";
  if (!uri.startsWith(prefix)) return undefined;
  try {
    const json = JSON.parse(atob(uri.slice(prefix.length))) as unknown;
    if (typeof json !== "object" || json === null) return undefined;
    const record = json as Record<string, unknown>;
    const pick = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : undefined);
    const image = pick("image");
    return {
      name: pick("name"),
      description: pick("description"),
      // Only an inline SVG is rendered: the card never loads anything from elsewhere.
      image: image?.startsWith("data:image/svg+xml") ? image : undefined,
    };
  } catch {
    return undefined;
  }
}

/** "12d 03h 04m 05s" until `unlock`, or undefined once unlocked. */
export function countdown(unlock: bigint, now: bigint): string | undefined {
  if (now >= unlock) return undefined;
  let rest = unlock - now;
  const days = rest / SECONDS_PER_DAY;
  rest %= SECONDS_PER_DAY;
  const pad = (n: bigint) => n.toString().padStart(2, "0");
  return `${days}d ${pad(rest / 3600n)}h ${pad((rest % 3600n) / 60n)}m ${pad(rest % 60n)}s`;
}

/** A unix time (seconds) as a UTC date, e.g. "21 Dec 2026, 14:05 UTC". */
export function formatUnlockDate(seconds: bigint): string {
  return `${formatUtcDate(seconds, true)} UTC`;
}

/** A lock weight in percent as the UI writes it: 100 → "1.0×", 125 → "1.25×", 200 → "2.0×". */
export function formatLockWeight(percent: bigint): string {
  const fraction = (percent % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${percent / 100n}.${fraction || "0"}×`;
}
