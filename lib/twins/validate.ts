/**
 * Checks of every twin input before anything is sent, with the message the form shows. Each returns the
 * parsed value or why it is refused; the contract refuses the same inputs (TwinRegistry, TwinSimulations).
 */
import { isAddress, zeroAddress, type Address, type Hex } from "viem";
import { formatDta } from "../format";
import { parseAmount } from "../amount";

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(message: string): Checked<T> => ({ ok: false, message });

/** TwinRegistry's limits, in UTF-8 bytes, and the bond. */
export const MAX_CATEGORY_BYTES = 32;
export const MAX_METADATA_URI_BYTES = 256;
export const TWIN_BOND = 10_000n * 10_000n;
/** TwinSimulations.MAX_HOURS. */
export const MAX_SIMULATION_HOURS = 1_000;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Registering locks exactly the bond: the balance must cover it. */
export function checkBondBalance(balance: bigint | undefined): Checked<bigint> {
  if (balance === undefined) return no("Reading your DTA balance…");
  if (balance < TWIN_BOND) {
    return no(
      `Registering locks ${formatDta(TWIN_BOND)} DTA; your balance is ${formatDta(balance)} DTA — ${formatDta(TWIN_BOND - balance)} DTA short.`,
    );
  }
  return ok(balance);
}

export function checkCategory(input: string): Checked<string> {
  const category = input.trim();
  if (category === "") return no("Enter a category, e.g. Wind farms.");
  const length = bytes(category);
  if (length > MAX_CATEGORY_BYTES) {
    return no(`The category is ${length} bytes long; the most is ${MAX_CATEGORY_BYTES}.`);
  }
  return ok(category);
}

const URI_SCHEMES = ["https:", "http:", "ipfs:", "ar:", "data:"];

/** A metadata URI: https, http, ipfs, ar or data, at most 256 bytes, no spaces. */
export function checkMetadataUri(input: string): Checked<string> {
  const uri = input.trim();
  if (uri === "") return no("Enter the metadata URI, e.g. ipfs://… or https://….");
  if (/\s/.test(uri)) return no("A URI has no spaces.");
  let scheme: string;
  try {
    const url = new URL(uri);
    scheme = url.protocol;
    if ((scheme === "https:" || scheme === "http:") && url.hostname === "") throw new Error("no host");
    if (uri.length <= scheme.length + (scheme === "data:" ? 1 : 2)) throw new Error("no body");
  } catch {
    return no("That is not a valid URI: use ipfs://…, https://…, ar://… or data:….");
  }
  if (!URI_SCHEMES.includes(scheme)) {
    return no(`URIs starting ${scheme} aren't accepted: use ipfs://, https://, ar:// or data:.`);
  }
  const length = bytes(uri);
  if (length > MAX_METADATA_URI_BYTES) {
    return no(`The URI is ${length} bytes long; the most is ${MAX_METADATA_URI_BYTES}.`);
  }
  return ok(uri);
}

/** Whole simulation hours, 1 … 1,000, typed without separators. */
export function checkHours(input: string): Checked<bigint> {
  const text = input.trim();
  if (text === "") return no("Enter how many hours to buy.");
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return no("Leave out thousands separators: type 1000, not 1,000.");
  if (/^\d*\.\d*$/.test(text) && text !== ".") return no("Hours are whole numbers: 1, 2, 3 … 1,000.");
  if (!/^\d+$/.test(text)) return no("Use digits only, like 3.");
  const hours = BigInt(text);
  if (hours === 0n) return no("Buy at least 1 hour.");
  if (hours > BigInt(MAX_SIMULATION_HOURS)) return no(`A job buys at most ${MAX_SIMULATION_HOURS} hours.`);
  return ok(hours);
}

/** A simulation rate in DTA per hour, within the governance bounds (base units). */
export function checkRate(input: string, bounds: { min: bigint; max: bigint } | undefined): Checked<bigint> {
  const parsed = parseAmount(input);
  if (!parsed.ok) return no(parsed.message);
  if (!bounds) return no("Reading the rate bounds…");
  if (parsed.value < bounds.min || parsed.value > bounds.max) {
    return no(`The rate must be between ${formatDta(bounds.min)} and ${formatDta(bounds.max)} DTA per hour.`);
  }
  return ok(parsed.value);
}

/** A 32-byte hash, 0x and 64 hex digits, not all zero (the contract refuses an empty hash). */
export function checkHash(input: string, what = "The result hash"): Checked<Hex> {
  const text = input.trim();
  if (text === "") return no(`${what} is required.`);
  if (!/^0x[0-9a-fA-F]{64}$/.test(text)) return no(`${what} must be 0x followed by 64 hex digits.`);
  if (/^0x0{64}$/.test(text)) return no(`${what} can't be all zeros.`);
  return ok(text.toLowerCase() as Hex);
}

/** A device key: an address, not the zero address (revoking is its own button). */
export function checkDeviceKey(input: string, owner: Address | undefined): Checked<Address> {
  const text = input.trim();
  if (text === "") return no("Enter the device's address.");
  if (!isAddress(text, { strict: false })) return no("That is not an address: 0x followed by 40 hex digits.");
  if (text.toLowerCase() === zeroAddress) {
    return no("The zero address can't be a device key; use Revoke to remove the current one.");
  }
  if (owner && text.toLowerCase() === owner.toLowerCase()) {
    return no("You can already record syncs as the owner; give the device its own key.");
  }
  return ok(text as Address);
}
