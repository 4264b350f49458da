/**
 * The app's fetchers for the twin routes: validated answers, bigint amounts, and query keys holding the chain,
 * the account and every parameter.
 */
import type { Address } from "viem";
import { getJson, IndexerError, origin, resolve, type ClientOptions, type OnchainOrigin } from "./http";
import { paginatedGuard } from "./guards";
import { isTwinDetailWire, isTwinJobWire, isTwinWire } from "./twinGuards";
import { jobSearchParams, twinSearchParams, type JobFilter, type TwinFilter } from "./twinParams";
import type { JobStatus, TwinJobWire, TwinStatus, TwinWire } from "./twinTypes";
import type { PaginatedResult } from "./types";

export interface Twin {
  readonly id: bigint;
  readonly owner: Address;
  readonly typeId: number;
  readonly category: string;
  readonly metadataUri: string;
  readonly quality: number;
  readonly status: TwinStatus;
  readonly ratePerHour: bigint;
  readonly bond: bigint;
  readonly jobsDone: number;
  readonly openJobs: number;
  readonly earnings: bigint;
  readonly rewardsClaimed: bigint;
  readonly jobEarnings: bigint;
  readonly lastSync: bigint | null;
  readonly earnsUntil: bigint;
  readonly multiplierPct: number;
  readonly cooldownEnds: bigint;
  readonly deviceKey: Address | null;
  readonly registeredAt: bigint;
  readonly registeredBlock: bigint;
}

export interface QualityPoint {
  readonly score: number;
  readonly previous: number | null;
  readonly reasonHash: `0x${string}` | null;
  readonly timestamp: bigint;
  readonly blockNumber: bigint;
}

export interface TwinDetail {
  readonly twin: Twin;
  readonly quality: readonly QualityPoint[];
}

export interface TwinJob extends OnchainOrigin {
  readonly jobId: bigint;
  readonly twinId: bigint;
  readonly buyer: Address;
  readonly hours: number;
  readonly ratePerHour: bigint;
  readonly paid: bigint;
  readonly status: JobStatus;
  readonly deadline: bigint;
  readonly resultHash: `0x${string}` | null;
  readonly burned: bigint | null;
  readonly toPlatform: bigint | null;
  readonly toOwner: bigint | null;
}

const big = (v: string | null): bigint | null => (v === null ? null : BigInt(v));

export function toTwin(w: TwinWire): Twin {
  return {
    ...w,
    id: BigInt(w.id),
    ratePerHour: BigInt(w.ratePerHour),
    bond: BigInt(w.bond),
    earnings: BigInt(w.earnings),
    rewardsClaimed: BigInt(w.rewardsClaimed),
    jobEarnings: BigInt(w.jobEarnings),
    lastSync: big(w.lastSync),
    earnsUntil: BigInt(w.earnsUntil),
    cooldownEnds: BigInt(w.cooldownEnds),
    registeredAt: BigInt(w.registeredAt),
    registeredBlock: BigInt(w.registeredBlock),
  };
}

export function toTwinJob(w: TwinJobWire): TwinJob {
  return {
    ...origin(w),
    jobId: BigInt(w.jobId),
    twinId: BigInt(w.twinId),
    buyer: w.buyer,
    hours: w.hours,
    ratePerHour: BigInt(w.ratePerHour),
    paid: BigInt(w.paid),
    status: w.status,
    deadline: BigInt(w.deadline),
    resultHash: w.resultHash,
    burned: big(w.burned),
    toPlatform: big(w.toPlatform),
    toOwner: big(w.toOwner),
  };
}

export async function fetchTwins(
  filter: Partial<TwinFilter>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<Twin>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/twins?${twinSearchParams(filter)}`,
    paginatedGuard(isTwinWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toTwin) };
}

/** A twin and its quality history; null when the indexer has no such twin (yet). */
export async function fetchTwin(id: bigint, opts: ClientOptions = {}): Promise<TwinDetail | null> {
  const { base, fetchImpl } = resolve(opts);
  try {
    const body = await getJson(`${base}/twins/${id}`, isTwinDetailWire, fetchImpl, opts.signal);
    return {
      twin: toTwin(body.twin),
      quality: body.quality.map((p) => ({
        ...p,
        timestamp: BigInt(p.timestamp),
        blockNumber: BigInt(p.blockNumber),
      })),
    };
  } catch (error) {
    if (error instanceof IndexerError && error.status === 404) return null;
    throw error;
  }
}

export async function fetchTwinJobs(
  id: bigint,
  filter: Partial<JobFilter>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<TwinJob>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/twins/${id}/jobs?${jobSearchParams(filter)}`,
    paginatedGuard(isTwinJobWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toTwinJob) };
}

/** Query keys: chain, the viewing account and every parameter. */
export const twinKeys = {
  all: ["indexer", "twins"] as const,
  list: (chainId: number, account: Address | undefined, filter: TwinFilter) =>
    [
      "indexer",
      "twins",
      "list",
      { chainId, account: account?.toLowerCase(), ...filter, owner: filter.owner?.toLowerCase() },
    ] as const,
  detail: (chainId: number, account: Address | undefined, id: bigint) =>
    ["indexer", "twins", "detail", { chainId, account: account?.toLowerCase(), id: id.toString() }] as const,
  jobs: (chainId: number, account: Address | undefined, id: bigint, filter: JobFilter) =>
    [
      "indexer",
      "twins",
      "jobs",
      {
        chainId,
        account: account?.toLowerCase(),
        id: id.toString(),
        ...filter,
        buyer: filter.buyer?.toLowerCase(),
      },
    ] as const,
};
