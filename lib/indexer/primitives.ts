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

/**
 * A query parameter that names an account, lower-cased (as the indexer stores addresses), or undefined when it is
 * missing or not a 20-byte hex address. The same test as viem's `isAddress(raw, { strict: false })`, without
 * pulling its checksum code (keccak) into the pages that parse list filters in the browser.
 */
export function addressParam(raw: string | null | undefined): `0x${string}` | undefined {
  return raw && isAddressHex(raw) ? (raw.toLowerCase() as `0x${string}`) : undefined;
}
