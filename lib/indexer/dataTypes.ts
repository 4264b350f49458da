/**
 * Wire format of the indexer's data-economy routes (indexer/src/api/data.ts): data contributions and payment
 * streams with their history. Amounts are base-unit strings (bigint on the wire as text), rates 18-decimal.
 */
import type { OnchainOrigin } from "./types";

export const CONTRIBUTION_STATUSES = ["pending", "scored"] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
export function isContributionStatus(value: unknown): value is ContributionStatus {
  return typeof value === "string" && (CONTRIBUTION_STATUSES as readonly string[]).includes(value);
}

export const LICENCES = ["open", "restricted"] as const;
export type Licence = (typeof LICENCES)[number];

/** One data contribution: public facts only (hash, category, licence, score), never the data. */
export interface ContributionWire {
  readonly id: string;
  readonly contributor: `0x${string}`;
  readonly categoryId: number;
  readonly dataHash: `0x${string}`;
  readonly licence: Licence;
  readonly premiumPrice: string;
  readonly status: ContributionStatus;
  readonly score: number | null;
  readonly multiplierBps: number | null;
  readonly reward: string;
  /** What the score earned when the data pool gave less (DataPoolShort), else null. */
  readonly rewardNeeded: string | null;
  /** Premiums paid by approved buyers, and the contributor's share of them. */
  readonly premiumsPaid: number;
  readonly premiumEarnings: string;
  readonly submittedAt: string;
  readonly scoredAt: string | null;
}

/** The stream's state as the indexer knows it; "run dry" is a matter of time, read from the chain. */
export const STREAM_STATES = ["streaming", "paused", "stopped"] as const;
export type StreamState = (typeof STREAM_STATES)[number];

export const STREAM_ROLES = ["any", "sent", "received"] as const;
export type StreamRole = (typeof STREAM_ROLES)[number];
export function isStreamRole(value: unknown): value is StreamRole {
  return typeof value === "string" && (STREAM_ROLES as readonly string[]).includes(value);
}

export interface StreamWire {
  readonly id: string;
  readonly sender: `0x${string}`;
  readonly recipient: `0x${string}`;
  readonly ratePerSecond: string;
  readonly state: StreamState;
  readonly deposited: string;
  readonly withdrawn: string;
  readonly refunded: string;
  readonly openedAt: string;
  readonly stoppedAt: string | null;
  /** The contract's snapshot (`streamOf`) as of the indexer's head: the flowing balance is computed from it. */
  readonly balance: string;
  readonly snapshotTime: string;
  readonly snapshotDebtScaled: string;
}

export const STREAM_EVENT_KINDS = [
  "opened",
  "deposited",
  "withdrawn",
  "paused",
  "resumed",
  "stopped",
  "transferred",
] as const;
export type StreamEventKind = (typeof STREAM_EVENT_KINDS)[number];

/**
 * One line of a stream's history (the CSV export). `amount`: the deposit, withdrawal or, for a stop, what the
 * recipient got; `extra`: a stop's refund to the payer. `actor` did it; `counterparty` is the withdrawal's
 * destination or the NFT's new owner.
 */
export interface StreamEventWire extends OnchainOrigin<string> {
  readonly streamId: string;
  readonly kind: StreamEventKind;
  readonly actor: `0x${string}`;
  readonly amount: string | null;
  readonly extra: string | null;
  readonly counterparty: `0x${string}` | null;
}
