/**
 * Checks of the open-stream form before anything is sent, with the message the form shows; DTAStreams refuses
 * the same inputs (ZeroAddress, SelfStream, ZeroRate, DepositBelowOneSecond). Amounts are parsed as strings into
 * base units and rates converted with bigint (lib/streams/flow.ts), never through a float.
 */
import { isAddress, zeroAddress, type Address } from "viem";
import { parseAmount } from "../amount";
import { formatDta } from "../format";
import type { Checked } from "../twins/validate";
import { minimumDeposit, ratePerSecondFor, type RatePeriod } from "./flow";

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(message: string): Checked<T> => ({ ok: false, message });

/** The largest rate the contract stores (uint128). */
export const MAX_RATE_PER_SECOND = 2n ** 128n - 1n;

export function checkRecipient(input: string, sender: Address | undefined): Checked<Address> {
  const text = input.trim();
  if (text === "") return no("Enter the recipient's address.");
  if (!isAddress(text, { strict: false })) return no("That is not an address: 0x followed by 40 hex digits.");
  if (text.toLowerCase() === zeroAddress) return no("The zero address can't receive a stream.");
  if (sender && text.toLowerCase() === sender.toLowerCase()) return no("You can't stream to yourself.");
  return ok(text as Address);
}

/** A rate typed as DTA per hour, day or month (30 days): the 18-decimal per-second rate, above zero. */
export function checkRate(input: string, period: RatePeriod): Checked<bigint> {
  const parsed = parseAmount(input);
  if (!parsed.ok) {
    if (parsed.code === "zero") return no("The rate must be more than 0 DTA.");
    return no(parsed.message);
  }
  const { ratePerSecond } = ratePerSecondFor(parsed.value, period);
  if (ratePerSecond === 0n) return no("That rate is too small to stream: raise it.");
  if (ratePerSecond > MAX_RATE_PER_SECOND) return no("That rate is too large.");
  return ok(ratePerSecond);
}

/** The deposit: at least one second of flow, at most the balance. */
export function checkDeposit(
  input: string,
  ratePerSecond: bigint,
  balance: bigint | undefined,
): Checked<bigint> {
  const parsed = parseAmount(input, { balance });
  if (!parsed.ok) {
    if (parsed.code === "zero") return no("Deposit more than 0 DTA.");
    return no(parsed.message);
  }
  const minimum = minimumDeposit(ratePerSecond);
  if (parsed.value < minimum) {
    return no(`Deposit at least one second of flow: ${formatDta(minimum)} DTA.`);
  }
  return ok(parsed.value);
}
