/**
 * Readable text for the data economy's custom errors: data contributions (contracts/interfaces/
 * IDataContributions.sol) and payment streams (contracts/interfaces/IDTAStreams.sol). Every amount they carry is
 * DTA (4 decimals): premiums, base rewards, the data pool, stream deposits and withdrawals. The errors they share
 * with other contracts (ZeroAddress, ZeroAmount, AccountBlacklisted, TokenPaused) keep lib/errors.ts's text.
 * lib/errors.ts merges these into its table.
 */
import { formatAmount, shortAddress } from "./format";
import { DTA_DECIMALS } from "./tokenomics/allocation";

type Describe = (args: readonly unknown[]) => string;

const dta = (value: unknown): string =>
  typeof value === "bigint" ? `${formatAmount(value, DTA_DECIMALS)} DTA` : "an amount";
const count = (value: unknown): string =>
  typeof value === "bigint" || typeof value === "number" ? value.toString() : "?";
const contribution = (value: unknown): string =>
  typeof value === "bigint" ? `Contribution #${value}` : "This contribution";
const stream = (value: unknown): string => (typeof value === "bigint" ? `Stream #${value}` : "This stream");
const account = (value: unknown): string =>
  typeof value === "string" ? shortAddress(value) : "This account";

export const DATA_ERROR_MESSAGES: Readonly<Record<string, Describe>> = {
  EmptyDataHash: () => "The data hash can't be all zeros: choose a file or paste its hash.",
  DuplicateDataHash: ([, existing]) =>
    `This data was already submitted (contribution #${count(existing)}): each data hash is accepted once.`,
  UnknownDataCategory: ([categoryId]) =>
    `There is no data category #${count(categoryId)}. Choose one of the listed categories.`,
  InvalidDataCategoryName: ([length, max]) =>
    length === 0n
      ? "The category name can't be empty."
      : `The category name must be 1–${count(max)} bytes long (this one is ${count(length)}).`,
  InvalidPremiumPrice: ([price, max]) =>
    price === 0n
      ? "A restricted contribution needs a premium price above 0 DTA."
      : `An open contribution has no premium, and a restricted one's is at most ${dta(max)} (not ${dta(price)}).`,
  UnknownContribution: ([id]) => `There is no contribution #${count(id)}.`,
  AlreadyScored: ([id]) => `${contribution(id)} is already scored: a contribution is scored once.`,
  InvalidScore: ([score]) => `A score is 0 to 100, not ${count(score)}.`,
  ValidatorIsContributor: ([id]) => `A validator can't score its own contribution (${contribution(id)}).`,
  InvalidBaseReward: ([reward, max]) =>
    reward === 0n
      ? "The base reward must be more than 0 DTA."
      : `The base reward can be at most ${dta(max)}, not ${dta(reward)}.`,
  NoDataReward: () =>
    "There is no data reward to claim yet. Rewards are reserved when the validator scores a contribution 50 or more.",
  NotContributor: ([id]) =>
    `Only the contributor of ${contribution(id).toLowerCase()} can manage its access and price.`,
  NotRestricted: ([id]) =>
    `${contribution(id)} is open data: anyone may use it, so there is no access list or premium.`,
  ContributorIsBuyer: () => "You contributed this data: you don't need access to it.",
  AccessUnchanged: ([, buyer, granted]) =>
    granted === true
      ? `${account(buyer)} is already approved for this contribution.`
      : `${account(buyer)} isn't approved for this contribution, so there is nothing to revoke.`,
  AccessNotGranted: ([id]) =>
    `The contributor hasn't approved this account for ${contribution(id).toLowerCase()}. Ask them for access first.`,
  PremiumAlreadyPaid: ([id]) => `This account already paid the premium of ${contribution(id).toLowerCase()}.`,
  PremiumAboveAccepted: ([price, max]) =>
    `The premium is now ${dta(price)}, above the ${dta(max)} you accepted. Review the new price and try again.`,
  ExceedsUnreservedDataPool: ([amount, available]) =>
    `Only the unreserved data pool can be released: ${dta(available)} is free, not ${dta(amount)}.`,
};

export const STREAM_ERROR_MESSAGES: Readonly<Record<string, Describe>> = {
  UnknownStream: ([id]) => `There is no stream #${count(id)}.`,
  ZeroRate: () => "The rate must be more than 0 DTA per second.",
  SelfStream: () => "You can't stream to yourself: choose another recipient.",
  DepositBelowOneSecond: ([deposit, minimum]) =>
    `The deposit must cover at least one second of flow: ${dta(minimum)} at this rate, not ${dta(deposit)}.`,
  StreamIsStopped: ([id]) => `${stream(id)} was stopped: it takes no more deposits or changes.`,
  StreamIsPaused: ([id]) => `${stream(id)} is already paused.`,
  StreamNotPaused: ([id]) => `${stream(id)} isn't paused, so there is nothing to resume.`,
  NotStreamSender: ([id]) => `Only the payer of ${stream(id).toLowerCase()} can pause or resume it.`,
  NotStreamRecipient: ([id]) =>
    `Only the recipient of ${stream(id).toLowerCase()} (or an address it approved) can withdraw from it.`,
  NotStreamParty: ([id]) => `Only the payer or the recipient of ${stream(id).toLowerCase()} can stop it.`,
  Overdraw: ([id, amount, available]) =>
    `${stream(id)} has ${dta(available)} to withdraw now, not ${dta(amount)}.`,
};
