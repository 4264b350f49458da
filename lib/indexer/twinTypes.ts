/**
 * The twin routes' wire format (indexer/src/api/twins.ts ⇄ lib/indexer/twins.ts). Amounts and times travel as
 * decimal strings and are parsed back to bigint by the client.
 */
import type { OnchainOrigin } from "./types";

/** Where a twin stands: earning and taking jobs, suspended (quality < 50), cooling down, or gone. */
export const TWIN_STATUSES = ["active", "suspended", "deregistering", "withdrawn"] as const;
export type TwinStatus = (typeof TWIN_STATUSES)[number];

export const JOB_STATUSES = ["open", "completed", "declined", "reclaimed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** How the twin list can be ordered; each sorts descending with the newest twin first on ties. */
export const TWIN_SORTS = ["newest", "quality", "rate", "jobs"] as const;
export type TwinSort = (typeof TWIN_SORTS)[number];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);

export const isTwinStatus = isOneOf(TWIN_STATUSES);
export const isJobStatus = isOneOf(JOB_STATUSES);
export const isTwinSort = isOneOf(TWIN_SORTS);

export interface TwinWire {
  readonly id: string;
  readonly owner: `0x${string}`;
  readonly typeId: number;
  readonly category: string;
  readonly metadataUri: string;
  readonly quality: number;
  readonly status: TwinStatus;
  readonly ratePerHour: string;
  readonly bond: string;
  readonly jobsDone: number;
  readonly openJobs: number;
  /** Sync rewards claimed plus the owner's share of completed jobs. */
  readonly earnings: string;
  readonly rewardsClaimed: string;
  readonly jobEarnings: string;
  /** Unix seconds; null: never synced. */
  readonly lastSync: string | null;
  /** Unix seconds when the open reward window stops earning (0: no window). */
  readonly earnsUntil: string;
  readonly multiplierPct: number;
  /** Unix seconds when the bond can be withdrawn (0: not deregistering). */
  readonly cooldownEnds: string;
  readonly deviceKey: `0x${string}` | null;
  readonly registeredAt: string;
  readonly registeredBlock: string;
}

export interface QualityPointWire {
  readonly score: number;
  readonly previous: number | null;
  /** Null for the starting score at registration. */
  readonly reasonHash: `0x${string}` | null;
  readonly timestamp: string;
  readonly blockNumber: string;
}

export interface TwinDetailWire {
  readonly twin: TwinWire;
  /** Oldest first, starting with the score of 100 at registration. */
  readonly quality: readonly QualityPointWire[];
}

export interface TwinJobWire extends OnchainOrigin<string> {
  readonly jobId: string;
  readonly twinId: string;
  readonly buyer: `0x${string}`;
  readonly hours: number;
  readonly ratePerHour: string;
  readonly paid: string;
  readonly status: JobStatus;
  readonly deadline: string;
  readonly resultHash: `0x${string}` | null;
  /** The split at completion (null until completed). */
  readonly burned: string | null;
  readonly toPlatform: string | null;
  readonly toOwner: string | null;
}
