/**
 * Turns whatever a wallet, RPC node or contract threw into one sentence a person can act on.
 * Pure: the caller passes every deployed ABI so a custom error from a nested call still decodes by name,
 * and which token's unit a revert's amounts are in (lib/errorUnits.ts builds that from the contract map).
 */
import { decodeErrorResult, isHex, type Abi, type Address, type Hex } from "viem";
import { formatAmount, shortAddress } from "./format";
import { DTA_DECIMALS } from "./tokenomics/allocation";
import { GOVERNANCE_ERROR_MESSAGES } from "./governanceErrors";
import { DATA_ERROR_MESSAGES, STREAM_ERROR_MESSAGES } from "./dataErrors";
import { MARKETPLACE_ERROR_MESSAGES } from "./marketplaceErrors";
import { TWIN_ERROR_MESSAGES } from "./twinErrors";

/** A token's symbol and decimals, for printing the amounts a revert carries. */
export interface TokenUnit {
  readonly symbol: string;
  readonly decimals: number;
}

export const DTA_UNIT: TokenUnit = { symbol: "DTA", decimals: DTA_DECIMALS };

/** The revert being described: its name, its arguments and the contract the transaction called. */
export interface RevertSource {
  readonly errorName: string;
  readonly args: readonly unknown[];
  readonly contract?: Address;
}

/** Which token a revert's amounts are in. DTA unless told otherwise. */
export type TokenUnitResolver = (source: RevertSource) => TokenUnit;

export interface DecodeOptions {
  /** The contract the transaction called, when the error chain does not name it. */
  readonly contract?: Address;
  readonly unitOf?: TokenUnitResolver;
}

export type TxErrorKind = "rejected" | "revert" | "gas" | "network" | "unknown";

export interface DecodedTxError {
  readonly kind: TxErrorKind;
  readonly message: string;
  /** The custom error's name when the revert was decoded, e.g. "AccountBlacklisted". */
  readonly errorName?: string;
  readonly args?: readonly unknown[];
}

export const USER_REJECTED_MESSAGE = "You rejected the request in your wallet.";

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly shortMessage?: unknown;
  readonly details?: unknown;
  readonly data?: unknown;
  readonly raw?: unknown;
  readonly reason?: unknown;
  readonly cause?: unknown;
  readonly contractAddress?: unknown;
}

const asErrorLike = (value: unknown): ErrorLike | undefined =>
  typeof value === "object" && value !== null ? (value as ErrorLike) : undefined;

/** The error and every `cause` beneath it, outermost first (bounded, in case of cycles). */
function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current = asErrorLike(error);
  while (current && chain.length < 16 && !chain.includes(current)) {
    chain.push(current);
    current = asErrorLike(current.cause);
  }
  return chain;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

const asAddress = (value: unknown): string =>
  typeof value === "string" ? shortAddress(value) : "this address";
const asAmount = (value: unknown, unit: TokenUnit): string =>
  typeof value === "bigint" ? `${formatAmount(value, unit.decimals)} ${unit.symbol}` : "an amount";
// Staking and the swap pools only ever hold and pay DTA.
const asDta = (value: unknown): string => asAmount(value, DTA_UNIT);

type Describe = (args: readonly unknown[], unit: TokenUnit) => string;

const asDays = (value: unknown): string => (typeof value === "bigint" ? `${value} days` : "that period");
const asId = (value: unknown): string => (typeof value === "bigint" ? `#${value}` : "this position");
const asNft = (value: unknown): string => (typeof value === "bigint" ? `NFT #${value}` : "This NFT");
const asDate = (unixSeconds: unknown): string =>
  typeof unixSeconds === "bigint"
    ? new Date(Number(unixSeconds) * 1000).toISOString().slice(0, 16).replace("T", " ") + " UTC"
    : "its unlock date";

/** Readable text for DTAStaking's custom errors (contracts/interfaces/IDTAStaking.sol). */
const STAKING_ERROR_MESSAGES: Record<string, Describe> = {
  AmountBelowMinimum: ([amount, minimum]) =>
    `${asDta(amount)} is below the minimum stake of ${asDta(minimum)} (Bronze).`,
  InvalidLockPeriod: ([days]) => `The lock period must be 30, 90, 180 or 365 days, not ${asDays(days)}.`,
  InvalidLockIndex: () => "The lock period must be one of 30, 90, 180 or 365 days.",
  InsufficientRewardPool: ([needed, available]) =>
    `The staking rewards pool can't cover this reward: it needs ${asDta(needed)} but only ${asDta(
      available,
    )} is available. Stake less or choose a shorter lock.`,
  NothingToClaim: ([id]) => `Position ${asId(id)} has no rewards to claim yet.`,
  NothingToCompound: ([id]) => `Position ${asId(id)} has no accrued rewards to compound yet.`,
  PositionLocked: ([id, unlock]) =>
    `Position ${asId(id)} is still locked until ${asDate(unlock)}. Use early unstake to leave now with the 10% penalty.`,
  PositionUnlocked: ([id]) =>
    `Position ${asId(id)} is already unlocked: compounding and early unstake no longer apply. Unstake it instead.`,
  BonusCheckOutOfGas: () => "Checking the ecosystem bonuses ran out of gas. Retry with a higher gas limit.",
  ZeroAmount: () => "The amount must be greater than zero.",
  // Staking receipts and twins are both ERC-721s: the wording fits either.
  ERC721NonexistentToken: ([id]) =>
    `${asNft(id)} doesn't exist (a closed staking position or a withdrawn twin is burned).`,
  ERC721InsufficientApproval: ([, id]) =>
    `You don't own ${asNft(id)} (a staking position or a twin) and aren't approved for it.`,
  UnlockWeightNotDue: ([id, unlock]) =>
    `Position ${asId(id)} is locked until ${asDate(unlock)}: its lock weight still applies, so there is nothing to apply yet.`,
  ExceedsUnreservedPool: ([requested, available]) =>
    `Only ${asDta(available)} of the staking pool is unreserved, less than the ${asDta(
      requested,
    )} requested: principal and reserved rewards can't be withdrawn.`,
  // ComplianceGuard: every contract that holds DTA for someone refuses to move it while DTA is paused.
  TokenPaused: () =>
    "DTA is paused token-wide by the guardian: positions and twins can't move, be claimed or be unstaked, and nothing is paid out, until it resumes.",
};

/** Readable text for BiveSwap's custom errors (ZeroAmount is shared with staking, above). */
const SWAP_ERROR_MESSAGES: Record<string, Describe> = {
  SwapPoolExhausted: ([requested, available]) =>
    `The BIVE swap pool has only ${asDta(available)} left, but this swap needs ${asDta(
      requested,
    )}. Swap a smaller amount.`,
};

/** Readable text for the custom errors of the deployed contracts; ERC-20 amounts in the erroring token's unit. */
const CUSTOM_ERROR_MESSAGES: Record<string, Describe> = {
  AccountBlacklisted: ([account]) =>
    `This address is blacklisted and can't send or receive DTA (${asAddress(account)}).`,
  ZeroAddress: () => "The zero address isn't allowed here. Check the address you entered.",
  ERC20InsufficientBalance: ([, balance, needed], unit) =>
    `Insufficient ${unit.symbol} balance: the account has ${asAmount(balance, unit)} but this needs ${asAmount(
      needed,
      unit,
    )}.`,
  ERC20InsufficientAllowance: ([, allowance, needed], unit) =>
    `Insufficient ${unit.symbol} allowance: ${asAmount(allowance, unit)} is approved but this needs ${asAmount(
      needed,
      unit,
    )}.`,
  ERC20InvalidReceiver: ([receiver], unit) => `${unit.symbol} can't be sent to ${asAddress(receiver)}.`,
  ERC20InvalidSender: ([sender], unit) => `${unit.symbol} can't be sent from ${asAddress(sender)}.`,
  ERC20InvalidApprover: () => "This account can't approve spending.",
  ERC20InvalidSpender: ([spender]) => `${asAddress(spender)} can't be approved as a spender.`,
  EnforcedPause: () =>
    "This is paused by the guardian right now (DTA transfers, or this feature). Try again once it resumes.",
  ExpectedPause: () => "This only works while it is paused.",
  AccessControlUnauthorizedAccount: ([account]) =>
    `${asAddress(account)} doesn't have the role this action needs.`,
  ERC2612ExpiredSignature: () => "The permit signature has expired. Sign again.",
  ERC2612InvalidSigner: () => "The permit signature wasn't made by the token owner.",
  InvalidAccountNonce: () => "The signature was already used or is out of order. Sign again.",
  NotGovernance: () => "Only governance (the timelock) can do this.",
  OwnableUnauthorizedAccount: ([account]) => `${asAddress(account)} isn't the owner of this contract.`,
  ReentrancyGuardReentrantCall: () => "The contract refused a re-entrant call.",
  SafeERC20FailedOperation: () => "A token transfer inside the contract failed.",
  InsufficientBalance: ([balance, needed], unit) =>
    `The contract doesn't hold enough: it has ${asAmount(balance, unit)} but needs ${asAmount(needed, unit)}.`,
  TimelockUnauthorizedCaller: () => "Only the timelock's executors can run this operation.",
  TimelockInsufficientDelay: () => "The delay is shorter than the timelock's minimum.",
  ...STAKING_ERROR_MESSAGES,
  ...SWAP_ERROR_MESSAGES,
  ...TWIN_ERROR_MESSAGES,
  ...MARKETPLACE_ERROR_MESSAGES,
  ...GOVERNANCE_ERROR_MESSAGES,
  ...DATA_ERROR_MESSAGES,
  ...STREAM_ERROR_MESSAGES,
};

const PANIC_MESSAGES: Record<number, string> = {
  0x01: "an internal check failed",
  0x11: "a number overflowed or underflowed",
  0x12: "division by zero",
  0x32: "an index was out of bounds",
};

/**
 * Readable text for a decoded revert: custom error, Error(string) or Panic(uint256). Amounts are printed in
 * `unit` (DTA unless the revert came from another token, e.g. BIVE with 18 decimals).
 */
export function describeRevert(
  errorName: string,
  args: readonly unknown[],
  unit: TokenUnit = DTA_UNIT,
): string {
  if (errorName === "Error") return `The contract refused: ${text(args[0]) ?? "no reason given"}.`;
  if (errorName === "Panic") {
    const code = typeof args[0] === "bigint" ? Number(args[0]) : -1;
    return `The contract failed: ${PANIC_MESSAGES[code] ?? `panic code ${code}`}.`;
  }
  const known = CUSTOM_ERROR_MESSAGES[errorName];
  return known ? known(args, unit) : `The contract refused the transaction (${errorName}).`;
}

/** Matches revert data against every ABI (viem also knows Error(string) and Panic(uint256)). */
export function decodeRevertData(
  data: Hex,
  abis: readonly Abi[],
): { errorName: string; args: readonly unknown[] } | undefined {
  if (data.length < 10) return undefined;
  for (const abi of [...abis, [] as Abi]) {
    try {
      const decoded = decodeErrorResult({ abi, data });
      return { errorName: decoded.errorName, args: decoded.args ?? [] };
    } catch {
      // Not this ABI's error: try the next one.
    }
  }
  return undefined;
}

/** Revert data carried by one error: viem's `raw`, a hex `data`, or a provider's `{ data: hex }`. */
function revertDataOf(err: ErrorLike): Hex | undefined {
  const candidates = [err.raw, err.data, asErrorLike(err.data)?.data];
  return candidates.find((c): c is Hex => typeof c === "string" && isHex(c) && c.length >= 10);
}

/** viem's ContractFunctionRevertedError carries what the called contract's own ABI already decoded. */
function alreadyDecoded(err: ErrorLike): { errorName: string; args: readonly unknown[] } | undefined {
  const data = err.data;
  if (typeof data !== "object" || data === null || !("errorName" in data)) return undefined;
  const errorName = text(data.errorName);
  if (!errorName) return undefined;
  const args = "args" in data && Array.isArray(data.args) ? (data.args as readonly unknown[]) : [];
  return { errorName, args };
}

function isUserRejection(err: ErrorLike): boolean {
  if (err.code === 4001 || err.name === "UserRejectedRequestError") return true;
  const message = text(err.message)?.toLowerCase() ?? "";
  return /user (rejected|denied)|rejected the request/.test(message);
}

function shortMessageOf(chain: readonly ErrorLike[]): string {
  for (const err of chain) {
    const short = text(err.shortMessage);
    if (short) return short;
  }
  const first = text(chain[0]?.message)?.split("\n")[0];
  return first ? first.slice(0, 200) : "Something went wrong.";
}

/** The called contract viem names in its ContractFunctionExecutionError, else the caller's. */
function calledContract(chain: readonly ErrorLike[], fallback: Address | undefined): Address | undefined {
  const named = chain
    .map((e) => e.contractAddress)
    .find((a): a is Address => typeof a === "string" && isHex(a) && a.length === 42);
  return named ?? fallback;
}

/** Decodes any thrown value into a kind and a readable message. */
export function decodeTxError(
  error: unknown,
  abis: readonly Abi[] = [],
  options: DecodeOptions = {},
): DecodedTxError {
  const chain = causeChain(error);
  if (chain.length === 0) return { kind: "unknown", message: text(error) ?? "Something went wrong." };

  if (chain.some(isUserRejection)) return { kind: "rejected", message: USER_REJECTED_MESSAGE };

  for (const err of chain) {
    const data = revertDataOf(err);
    const match = alreadyDecoded(err) ?? (data ? decodeRevertData(data, abis) : undefined);
    if (match) {
      const contract = calledContract(chain, options.contract);
      const unit = options.unitOf?.({ ...match, ...(contract ? { contract } : {}) }) ?? DTA_UNIT;
      return { kind: "revert", ...match, message: describeRevert(match.errorName, match.args, unit) };
    }
  }

  for (const err of chain) {
    const reason = text(err.reason);
    if (reason && err.name === "ContractFunctionRevertedError") {
      return { kind: "revert", message: `The contract refused: ${reason}.` };
    }
  }

  if (chain.some((e) => e.name === "InsufficientFundsError")) {
    return { kind: "gas", message: "Not enough native balance to pay for gas." };
  }
  if (chain.some((e) => e.name === "HttpRequestError" || e.name === "TimeoutError")) {
    return { kind: "network", message: "Couldn't reach the network. Check your connection and try again." };
  }
  return { kind: "unknown", message: shortMessageOf(chain) };
}
