/**
 * A committee Safe's transaction without a Safe transaction service: each owner approves the Safe transaction's
 * hash on-chain (`approveHash`), and once a threshold of owners has, any owner submits it (`execTransaction`)
 * with "approved hash" signatures. The two transactions a committee sends to the governor — a veto
 * (`cancel` of a proposal in review, which burns its deposit) and the Technical Committee's
 * `approveUpgrade(id)` — and where an owner stands. Pure: the proposal page, its server read and the seed use it.
 */
import {
  concat,
  concatHex,
  encodeFunctionData,
  hashTypedData,
  pad,
  parseAbi,
  zeroAddress,
  type Address,
  type Hex,
  type TypedDataDefinition,
} from "viem";

/** The governor functions a committee Safe calls (the same signatures as DTAGovernor's ABI; a test checks). */
export const COMMITTEE_CALLS_ABI = parseAbi([
  "function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns (uint256)",
  "function approveUpgrade(uint256 proposalId)",
]);

/** What a committee's Safe transaction does. */
export type SafeAction = "veto" | "approveUpgrade";

/** A Safe transaction: a plain call (operation 0), no value, no gas refund — what the seed and the app send. */
export interface SafeTx {
  readonly to: Address;
  readonly value: bigint;
  readonly data: Hex;
  readonly operation: number;
  readonly safeTxGas: bigint;
  readonly baseGas: bigint;
  readonly gasPrice: bigint;
  readonly gasToken: Address;
  readonly refundReceiver: Address;
  readonly nonce: bigint;
}

export function safeTx(to: Address, data: Hex, nonce: bigint): SafeTx {
  return {
    to,
    value: 0n,
    data,
    operation: 0,
    safeTxGas: 0n,
    baseGas: 0n,
    gasPrice: 0n,
    gasToken: zeroAddress,
    refundReceiver: zeroAddress,
    nonce,
  };
}

/** The nine fields `getTransactionHash` and `execTransaction` both start with, in the Safe's order. */
function safeTxFields(tx: SafeTx) {
  return [
    tx.to,
    tx.value,
    tx.data,
    tx.operation,
    tx.safeTxGas,
    tx.baseGas,
    tx.gasPrice,
    tx.gasToken,
    tx.refundReceiver,
  ] as const;
}

/** Safe 1.4.1's EIP-712 transaction type (its domain is only chainId + the Safe's address). */
export const SAFE_TX_TYPES = {
  SafeTx: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "operation", type: "uint8" },
    { name: "safeTxGas", type: "uint256" },
    { name: "baseGas", type: "uint256" },
    { name: "gasPrice", type: "uint256" },
    { name: "gasToken", type: "address" },
    { name: "refundReceiver", type: "address" },
    { name: "nonce", type: "uint256" },
  ],
} as const;

/** `tx` as the Safe at `safe` on `chainId` hashes it: what an owner signs off-chain (`signTypedData`). */
export function safeTxTypedData(
  chainId: number,
  safe: Address,
  tx: SafeTx,
): TypedDataDefinition<typeof SAFE_TX_TYPES, "SafeTx"> {
  return {
    domain: { chainId, verifyingContract: safe },
    types: SAFE_TX_TYPES,
    primaryType: "SafeTx",
    message: { ...tx },
  };
}

/**
 * The Safe transaction hash (what owners approve with `approveHash`), computed locally: the same value as the
 * Safe's `getTransactionHash(...safeTxHashArgs(tx))` at `safe` on `chainId`, without a round trip.
 */
export function safeTxHash(chainId: number, safe: Address, tx: SafeTx): Hex {
  return hashTypedData(safeTxTypedData(chainId, safe, tx));
}

/** Arguments of the Safe's `getTransactionHash`. */
export function safeTxHashArgs(tx: SafeTx) {
  return [...safeTxFields(tx), tx.nonce] as const;
}

/** Arguments of the Safe's `execTransaction` with `signatures` (see packSignatures). */
export function execTransactionArgs(tx: SafeTx, signatures: Hex) {
  return [...safeTxFields(tx), signatures] as const;
}

/** A proposal as `cancel` takes it: the flattened actions of every option and the description's hash. */
export interface ProposalActionsRef {
  readonly targets: readonly Address[];
  readonly values: readonly bigint[];
  readonly calldatas: readonly Hex[];
  readonly descriptionHash: Hex;
}

/** The governor call of a veto: `cancel` by the proposal's committee Safe while it is in review. */
export function vetoCalldata(p: ProposalActionsRef): Hex {
  return encodeFunctionData({
    abi: COMMITTEE_CALLS_ABI,
    functionName: "cancel",
    args: [[...p.targets], [...p.values], [...p.calldatas], p.descriptionHash],
  });
}

/** The governor call of the Technical Committee's approval of an upgrade-class proposal. */
export function approveUpgradeCalldata(proposalId: bigint): Hex {
  return encodeFunctionData({ abi: COMMITTEE_CALLS_ABI, functionName: "approveUpgrade", args: [proposalId] });
}

const byAddress = (a: Address, b: Address) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/** One owner's 65-byte signature of a Safe transaction: an EIP-712 signature or an "approved hash" one. */
export interface OwnerSignature {
  readonly owner: Address;
  readonly signature: Hex;
}

/** Signatures as `execTransaction` takes them: concatenated in ascending owner order (the Safe checks the order). */
export function packSignatures(signatures: readonly OwnerSignature[]): Hex {
  return concatHex([...signatures].sort((a, b) => byAddress(a.owner, b.owner)).map((s) => s.signature));
}

/** Safe "approved hash" signatures of `owners` (who called `approveHash`): per owner r = its address, s = 0, v = 1. */
export function approvedHashSignatures(owners: readonly Address[]): Hex {
  return packSignatures(
    owners.map((owner) => ({
      owner,
      signature: concat([pad(owner, { size: 32 }), pad("0x00", { size: 32 }), "0x01"]),
    })),
  );
}

export interface SafeApprovalInput {
  readonly owners: readonly Address[];
  readonly approvedBy: readonly Address[];
  readonly threshold: bigint;
  /** The connected account, if any. */
  readonly account: Address | undefined;
}

export interface SafeApprovalStatus {
  readonly isOwner: boolean;
  /** The connected owner already approved this Safe transaction. */
  readonly hasApproved: boolean;
  readonly count: number;
  readonly threshold: number;
  /** Enough owners approved: an owner may submit. */
  readonly ready: boolean;
  /** The approvals the submission uses (the first `threshold` by address), when ready. */
  readonly signers: readonly Address[];
  /** Owners that have not approved yet. */
  readonly waitingOn: readonly Address[];
}

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();

/** Where the connected account and the Safe stand on one Safe transaction. */
export function safeApprovalStatus(input: SafeApprovalInput): SafeApprovalStatus {
  const { owners, account } = input;
  const approved = owners.filter((o) => input.approvedBy.some((a) => same(a, o)));
  const threshold = Number(input.threshold);
  const ready = threshold > 0 && approved.length >= threshold;
  return {
    isOwner: account !== undefined && owners.some((o) => same(o, account)),
    hasApproved: account !== undefined && approved.some((o) => same(o, account)),
    count: approved.length,
    threshold,
    ready,
    signers: ready ? [...approved].sort(byAddress).slice(0, threshold) : [],
    waitingOn: owners.filter((o) => !approved.includes(o)),
  };
}

/** Why an owner can't submit yet, or undefined when they can. */
export function submitBlocker(status: SafeApprovalStatus): string | undefined {
  if (!status.isOwner) return "Only an owner of this Safe can submit its transaction.";
  if (status.ready) return undefined;
  const missing = status.threshold - status.count;
  return `${status.count} of ${status.threshold} owner approvals: ${missing} more ${
    missing === 1 ? "owner needs" : "owners need"
  } to approve before anyone can submit. One approval is not enough.`;
}

/** The words for a refusal of a committee call that moves a deposit while DTA is paused. */
export const DEPOSIT_PAUSED_MESSAGE =
  "DTA transfers are paused by the Security Council; try again after unpause (the deposit can't be burned or refunded while DTA is paused).";

/** The words for a deposit refund the token refused because the proposer is blacklisted. */
export const DEPOSIT_BLACKLISTED_MESSAGE =
  "The proposer is blacklisted, so DTA can't refund the deposit to them; it stays held until the Security Council lifts the blacklisting, then anyone can settle it.";

/**
 * The message for a committee call or deposit settlement the chain refused: settling moves the deposit, so a
 * pause reads as DTA's pause rather than "this feature is paused", and a blacklisting as the proposer's.
 */
export function committeeRefusal(
  action: SafeAction | "settle",
  errorName: string | undefined,
  message: string,
): string {
  if (
    (action === "veto" || action === "settle") &&
    (errorName === "EnforcedPause" || errorName === "TokenPaused")
  )
    return DEPOSIT_PAUSED_MESSAGE;
  if (action === "settle" && errorName === "AccountBlacklisted") return DEPOSIT_BLACKLISTED_MESSAGE;
  return message;
}
