/**
 * Readable text for the AI marketplace's custom errors (contracts/interfaces/IAIMarketplace.sol). Every amount
 * they carry is DTA (4 decimals): prices per query, listing fees, the provider pool. The errors it shares with
 * the twin registry (InvalidMetadataURI, EmptyHash, ZeroAddress) keep that table's text. lib/errors.ts merges
 * these into its table.
 */
import { formatAmount } from "./format";
import { DTA_DECIMALS } from "./tokenomics/allocation";

type Describe = (args: readonly unknown[]) => string;

const dta = (value: unknown): string =>
  typeof value === "bigint" ? `${formatAmount(value, DTA_DECIMALS)} DTA` : "an amount";
const perQuery = (value: unknown): string => `${dta(value)} per query`;
const service = (value: unknown): string =>
  typeof value === "bigint" ? `Service #${value}` : "This service";
const count = (value: unknown): string =>
  typeof value === "bigint" || typeof value === "number" ? value.toString() : "?";

const lengthRule = (what: string): Describe => {
  return ([length, max]) =>
    length === 0n
      ? `The ${what} can't be empty.`
      : `The ${what} must be 1–${count(max)} bytes long (this one is ${count(length)}).`;
};

export const MARKETPLACE_ERROR_MESSAGES: Readonly<Record<string, Describe>> = {
  InvalidServiceName: lengthRule("service name"),
  InvalidCategoryName: lengthRule("category name"),
  UnknownCategory: ([categoryId]) =>
    `There is no category #${count(categoryId)}. Choose one of the listed categories.`,
  InvalidPrice: ([price, max]) =>
    price === 0n
      ? "The price per query must be more than 0 DTA."
      : `The price per query can be at most ${dta(max)}, not ${dta(price)}.`,
  ListingFeeTooHigh: ([fee, max]) => `The listing fee can be at most ${dta(max)}, not ${dta(fee)}.`,
  UnknownService: ([serviceId]) => `There is no service #${count(serviceId)}.`,
  NotServiceProvider: ([serviceId]) =>
    `Only the provider of ${service(serviceId).toLowerCase()} can change, pause or answer it.`,
  ServiceIsPaused: ([serviceId]) =>
    `${service(serviceId)} is paused by its provider: it takes no payments until it resumes.`,
  ServiceNotPaused: ([serviceId]) => `${service(serviceId)} isn't paused, so there is nothing to resume.`,
  InvalidQueryCount: ([queries, max]) =>
    `Buy whole queries from 1 to ${count(max)} in one payment, not ${count(queries)}.`,
  PriceAboveAccepted: ([price, max]) =>
    `The price is now ${perQuery(price)}, above the ${perQuery(max)} you accepted. Review the new price and try again.`,
  UnknownRequest: ([requestId]) => `There is no request #${count(requestId)}.`,
  ResponseAlreadyPosted: ([requestId]) =>
    `Request #${count(requestId)} already has its response; a response is posted once.`,
  InvalidRating: ([rating]) => `A rating is 1 to 5 stars, not ${count(rating)}.`,
  NotAPayer: ([serviceId]) =>
    `Only an account that paid for ${service(serviceId).toLowerCase()} can rate it. Pay for at least one query first.`,
  ProviderCannotRate: ([serviceId]) => `A provider can't rate its own service (${service(serviceId)}).`,
  NoProviderBonus: () =>
    "There is no provider bonus to claim yet. A service with at least 5 ratings averaging 4.0 or more earns 5% of its payments.",
  ExceedsUnreservedProviderPool: ([amount, available]) =>
    `Only the unreserved provider pool can be released: ${dta(available)} is free, not ${dta(amount)}.`,
};
