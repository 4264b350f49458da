/**
 * Readable text for the twin registry's and the service fees' custom errors (contracts/interfaces/ITwinRegistry.sol,
 * contracts/revenue/ServiceFees.sol). Every amount they carry is DTA (4 decimals): bonds, slashes, rates per
 * hour. lib/errors.ts merges these into its table.
 */
import { formatAmount, shortAddress } from "./format";
import { DTA_DECIMALS } from "./tokenomics/allocation";

type Describe = (args: readonly unknown[]) => string;

const dta = (value: unknown): string =>
  typeof value === "bigint" ? `${formatAmount(value, DTA_DECIMALS)} DTA` : "an amount";
const perHour = (value: unknown): string => `${dta(value)}/hour`;
const twin = (value: unknown): string => (typeof value === "bigint" ? `Twin #${value}` : "This twin");
const job = (value: unknown): string => (typeof value === "bigint" ? `Job #${value}` : "This job");
const count = (value: unknown): string => (typeof value === "bigint" ? value.toString() : "?");
const date = (unixSeconds: unknown): string =>
  typeof unixSeconds === "bigint"
    ? new Date(Number(unixSeconds) * 1000).toISOString().slice(0, 16).replace("T", " ") + " UTC"
    : "its deadline";
const percent = (bps: unknown): string =>
  typeof bps === "bigint" ? `${formatAmount(bps, 2)}%` : "that rate";

/** ITwinRegistry.JobStatus by index. */
const JOB_STATUS = ["unknown", "open", "completed", "declined", "reclaimed"] as const;
const jobStatus = (value: unknown): string =>
  (typeof value === "number" || typeof value === "bigint" ? JOB_STATUS[Number(value)] : undefined) ??
  "closed";

const lengthRule = (what: string, unit = "bytes"): Describe => {
  return ([length, max]) =>
    length === 0n
      ? `The ${what} can't be empty.`
      : `The ${what} must be 1–${count(max)} ${unit} long (this one is ${count(length)}).`;
};

export const TWIN_ERROR_MESSAGES: Readonly<Record<string, Describe>> = {
  InsufficientBalanceForBond: ([balance, required]) =>
    `Registering a twin bonds exactly ${dta(required)}, but this account holds ${dta(
      balance,
    )}. Get more DTA first (swap BIVE, or use the local faucet).`,
  UnknownTwinType: ([typeId]) => `There is no twin type #${count(typeId)}. Choose one of the listed types.`,
  InvalidTwinTypeName: lengthRule("twin type name"),
  InvalidCategory: lengthRule("category label"),
  InvalidMetadataURI: lengthRule("metadata URI"),
  NotTwinOwner: ([twinId, caller]) =>
    `Only the owner of ${twin(twinId).toLowerCase()} can do this, and ${
      typeof caller === "string" ? shortAddress(caller) : "this account"
    } isn't it.`,
  NotSyncAuthorized: ([twinId]) =>
    `Only the owner of ${twin(twinId).toLowerCase()} or its authorised device key can record a data sync.`,
  EmptyHash: () => "The hash can't be all zeros: pass the data (or result) hash.",
  TwinIsSuspended: ([twinId]) =>
    `${twin(twinId)} is suspended (quality below 50): it earns nothing and takes no new simulation jobs until its quality is back at 50.`,
  TwinIsDeregistering: ([twinId, endsAt]) =>
    `${twin(twinId)} is deregistering (cooldown ends ${date(endsAt)}): it earns nothing and takes no new jobs.`,
  TwinNotDeregistering: ([twinId]) =>
    `${twin(twinId)} isn't deregistering: start the 7-day cooldown first, then withdraw the bond.`,
  CooldownNotOver: ([twinId, endsAt]) =>
    `${twin(twinId)}'s bond comes back when its 7-day cooldown ends, at ${date(endsAt)}.`,
  NoTwinRewards: ([twinId]) =>
    `${twin(twinId)} has no rewards to claim yet. A data sync earns for the 7 days after it.`,
  InvalidQualityScore: ([score]) => `A quality score is 0–100, not ${count(score)}.`,
  TwinNotSuspended: ([twinId]) =>
    `Only a suspended twin (quality below 50) can be slashed, and ${twin(twinId).toLowerCase()} isn't.`,
  InvalidSlashAmount: ([amount, max]) =>
    `A slash must be more than 0 and at most 10% of the bond left (${dta(max)}), not ${dta(amount)}.`,
  InvalidHours: ([hours, max]) => `Buy whole hours from 1 to ${count(max)}, not ${count(hours)}.`,
  RateOutOfBounds: ([rate, min, max]) =>
    `The rate must be between ${perHour(min)} and ${perHour(max)}, not ${perHour(rate)}.`,
  InvalidRateBounds: ([min, max]) =>
    `Rate bounds need 0 < minimum ≤ maximum (got ${perHour(min)} to ${perHour(max)}).`,
  RateAboveAccepted: ([rate, max]) =>
    `The twin's rate is now ${perHour(rate)}, above the ${perHour(max)} you accepted. Review the new price and try again.`,
  UnknownJob: ([jobId]) => `There is no simulation job #${count(jobId)}.`,
  JobNotOpen: ([jobId, status]) => `${job(jobId)} is already ${jobStatus(status)}.`,
  JobExpired: ([jobId, deadline]) =>
    `${job(jobId)}'s deadline passed (${date(deadline)}): it can't be completed any more; its buyer can reclaim the payment.`,
  JobNotExpired: ([jobId, deadline]) =>
    `${job(jobId)} can be reclaimed only after its deadline, ${date(deadline)}.`,
  NotJobBuyer: ([jobId]) => `Only the buyer of ${job(jobId).toLowerCase()} can reclaim it.`,
  ServiceBurnRateOutOfBounds: ([bps, min, max]) =>
    `The service burn rate must be ${percent(min)}–${percent(max)}, not ${percent(bps)}.`,
};
