/**
 * The smallest checks every indexer guard is built from, kept apart from the route guards so a page that needs
 * one route's guard (or only the indexer's /status) does not ship them all.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export const isUintString = (v: unknown): v is string => typeof v === "string" && /^\d+$/.test(v);
export const isHex = (v: unknown): v is `0x${string}` => typeof v === "string" && /^0x[0-9a-fA-F]*$/.test(v);
export const isAddressHex = (v: unknown): v is `0x${string}` => isHex(v) && v.length === 42;
export const isNonNegativeInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
