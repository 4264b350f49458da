/**
 * Checks of every marketplace input before anything is sent, with the message the form shows. Each returns the
 * parsed value or why it is refused; the contract refuses the same inputs (MarketplaceListings,
 * MarketplacePayments, AIMarketplace). Amounts are parsed as strings into base units, never through a float.
 */
import { keccak256, stringToBytes, type Hex } from "viem";
import { parseAmount } from "../amount";
import { formatDta, formatInteger } from "../format";
import { checkHash, type Checked } from "../twins/validate";

export { checkHash, checkMetadataUri, type Checked } from "../twins/validate";

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(message: string): Checked<T> => ({ ok: false, message });

/** MarketplaceListings' and MarketplacePayments' limits. */
export const MAX_NAME_BYTES = 64;
export const MAX_PRICE_PER_QUERY = 1_000_000n * 10_000n;
export const MAX_QUERIES_PER_PAYMENT = 1_000;
export const MIN_RATING = 1;
export const MAX_RATING = 5;

const bytes = (text: string) => new TextEncoder().encode(text).length;

export function checkServiceName(input: string): Checked<string> {
  const name = input.trim();
  if (name === "") return no("Enter the service's name, e.g. Invoice OCR.");
  const length = bytes(name);
  if (length > MAX_NAME_BYTES) return no(`The name is ${length} bytes long; the most is ${MAX_NAME_BYTES}.`);
  return ok(name);
}

/** A price per query in DTA: more than 0, at most 1,000,000 DTA, at most 4 decimals. */
export function checkPrice(input: string): Checked<bigint> {
  const parsed = parseAmount(input, { max: MAX_PRICE_PER_QUERY });
  if (!parsed.ok) {
    if (parsed.code === "zero") return no("The price per query must be more than 0 DTA.");
    if (parsed.code === "aboveSupply") {
      return no(`The price per query can be at most ${formatDta(MAX_PRICE_PER_QUERY)} DTA.`);
    }
    return no(parsed.message);
  }
  return ok(parsed.value);
}

/** Whole queries, 1 … 1,000, typed without separators. */
export function checkQueries(input: string): Checked<bigint> {
  const text = input.trim();
  if (text === "") return no("Enter how many queries to buy.");
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return no("Leave out thousands separators: type 1000, not 1,000.");
  if (/^\d*\.\d*$/.test(text) && text !== ".") return no("Queries are whole numbers: 1, 2, 3 … 1,000.");
  if (!/^\d+$/.test(text)) return no("Use digits only, like 3.");
  const queries = BigInt(text);
  if (queries === 0n) return no("Buy at least 1 query.");
  if (queries > BigInt(MAX_QUERIES_PER_PAYMENT)) {
    return no(`One payment buys at most ${formatInteger(MAX_QUERIES_PER_PAYMENT)} queries.`);
  }
  return ok(queries);
}

/** The listing fee must be covered by the balance. */
export function checkListingBalance(balance: bigint | undefined, fee: bigint | undefined): Checked<bigint> {
  if (balance === undefined || fee === undefined) return no("Reading your DTA balance and the listing fee…");
  if (balance < fee) {
    return no(
      `Listing costs ${formatDta(fee)} DTA; your balance is ${formatDta(balance)} DTA — ${formatDta(fee - balance)} DTA short.`,
    );
  }
  return ok(balance);
}

/** A payment must be covered by the balance. */
export function checkPaymentBalance(cost: bigint, balance: bigint | undefined): Checked<bigint> {
  if (balance === undefined) return no("Reading your DTA balance…");
  if (cost > balance)
    return no(`That costs ${formatDta(cost)} DTA; your balance is ${formatDta(balance)} DTA.`);
  return ok(cost);
}

/**
 * A short readable description from a metadata URI, when the URI carries one inline (a data: URI holding JSON
 * with a `description`, as the seed's do); nothing is fetched from the network.
 */
export function inlineDescription(uri: string): string | undefined {
  const match = /^data:application\/json(;charset=[\w-]+)?,(.*)$/s.exec(uri);
  if (!match) return undefined;
  try {
    const body: unknown = JSON.parse(decodeURIComponent(match[2] ?? ""));
    if (typeof body === "object" && body !== null && "description" in body) {
      const description = (body as { description: unknown }).description;
      return typeof description === "string" ? description.slice(0, 500) : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * The hash a provider posts for a response: a 0x-prefixed 32-byte hash as typed, or the keccak-256 of the
 * response text (what the payer can check the text they receive against).
 */
export function checkResponse(input: string): Checked<Hex> {
  const text = input.trim();
  if (text === "") return no("Enter the response text, or its 0x… hash.");
  if (/^0x[0-9a-fA-F]*$/.test(text)) return checkHash(text, "The response hash");
  return ok(keccak256(stringToBytes(text)));
}

/** A request number: a whole number from 1. */
export function checkRequestId(input: string): Checked<bigint> {
  const text = input.trim().replace(/^#/, "");
  if (text === "") return no("Enter the request number.");
  if (!/^\d{1,20}$/.test(text) || BigInt(text) === 0n)
    return no("A request number is a whole number like 12.");
  return ok(BigInt(text));
}
