/**
 * The governance routes' wire format (indexer/src/api/governance.ts ⇄ lib/indexer/governance.ts). Amounts,
 * votes and times travel as decimal strings; the client parses them back to bigint.
 */
import type { ProposalState } from "../governance/state";
import type { TreasuryBucketId } from "../governance/treasury";
import type { OnchainOrigin, PaginatedResult } from "./types";

/** IDTAGovernor.Committee order. */
export const COMMITTEES = ["Technical", "Economic", "Partnership"] as const;
export type CommitteeName = (typeof COMMITTEES)[number];
export const COMMITTEE_LABELS: Readonly<Record<CommitteeName, string>> = {
  Technical: "Technical Committee",
  Economic: "Economic Committee",
  Partnership: "Partnership Council",
};

export const DEPOSIT_STATES = ["none", "held", "refunded", "burned"] as const;
export type DepositStateName = (typeof DEPOSIT_STATES)[number];

export type ProposalKind = "forAgainstAbstain" | "multiOption";

export interface ProposalOptionWire {
  readonly index: number;
  readonly label: string;
  readonly raw: string;
  readonly sqrtWeight: string;
  readonly voters: number;
}

export interface ProposalActionWire {
  readonly option: number;
  readonly target: `0x${string}`;
  readonly value: string;
  readonly calldata: `0x${string}`;
}

export interface ProposalWire {
  readonly id: string;
  readonly proposer: `0x${string}`;
  readonly committee: CommitteeName;
  readonly kind: ProposalKind;
  readonly title: string;
  readonly description: string;
  readonly state: ProposalState;
  /** Every option with its tallies (Against, For, Abstain for a For/Against/Abstain proposal). */
  readonly options: readonly ProposalOptionWire[];
  readonly actions: readonly ProposalActionWire[];
  readonly upgradeMask: number;
  readonly upgradeApproved: boolean;
  /** Unix seconds: review ends (voting opens after it) and voting ends. */
  readonly snapshot: string;
  readonly deadline: string;
  readonly deposit: string;
  readonly depositState: DepositStateName;
  /** Null until the first vote (the quorum at the snapshot is read then). */
  readonly quorum: string | null;
  readonly participation: string;
  readonly voters: number;
  readonly vetoedBy: `0x${string}` | null;
  readonly eta: string | null;
  readonly createdAt: string;
  readonly createdBlock: string;
  readonly createdTx: `0x${string}`;
  readonly canceledAt: string | null;
  readonly queuedAt: string | null;
  readonly executedAt: string | null;
  readonly executedTx: `0x${string}` | null;
  readonly depositSettledAt: string | null;
}

/** The chain time the states were derived at, and the queue window used. */
export interface GovernanceClockWire {
  readonly now: string;
  readonly queueWindow: string;
}

export interface ProposalPageWire extends PaginatedResult<ProposalWire>, GovernanceClockWire {
  /** How many proposals are in each state now (the tabs' counts). */
  readonly counts: Readonly<Record<ProposalState, number>>;
  readonly total: number;
}

export interface ProposalDetailWire extends GovernanceClockWire {
  readonly proposal: ProposalWire;
}

export interface VoteWire extends OnchainOrigin<string> {
  readonly proposalId: string;
  readonly voter: `0x${string}`;
  readonly option: number;
  readonly raw: string;
  readonly sqrtWeight: string;
  readonly reason: string;
}

export interface DelegateWire {
  readonly address: `0x${string}`;
  readonly power: string;
  readonly delegators: number;
  /** Proposals finished (voting over, not canceled) whose snapshot came after it first had power. */
  readonly finished: number;
  /** Of those, how many it voted on. */
  readonly voted: number;
  readonly firstPowerAt: string | null;
}

export interface DelegatePageWire extends PaginatedResult<DelegateWire> {
  readonly total: number;
  /** Σ power of every delegate. */
  readonly totalPower: string;
  /** Rank of the first item (1-based). */
  readonly firstRank: number;
}

export interface TreasuryMovementWire extends OnchainOrigin<string> {
  readonly proposalId: string;
  readonly title: string;
  readonly bucket: TreasuryBucketId;
  readonly counterparty: `0x${string}`;
  readonly amount: string;
  readonly burned: boolean;
}

export interface TreasuryWire {
  /** What executed proposals spent (granted) and burned, per bucket. */
  readonly byBucket: readonly { bucket: TreasuryBucketId; spent: string; burned: string }[];
  /** The timelock's DTA at genesis (the genesis mint to it). */
  readonly genesis: string;
  /** DTA in and out of the timelock not caused by a proposal (revenue, returned bonus; local seed grants). */
  readonly otherIn: string;
  readonly otherOut: string;
  /** Newest first. */
  readonly movements: readonly TreasuryMovementWire[];
}
