/**
 * The app's fetchers for the data-economy routes: validated answers, bigint amounts, query keys holding the
 * chain, the account and every parameter, and a stream history as CSV (every page, in chain order).
 */
import type { Address } from "viem";
import { getJson, origin, resolve, type ClientOptions, type OnchainOrigin } from "./http";
import { paginatedGuard } from "./guards";
import { isContributionWire, isStreamEventWire, isStreamWire } from "./dataGuards";
import {
  contributionSearchParams,
  streamSearchParams,
  type ContributionFilter,
  type StreamFilter,
} from "./dataParams";
import type {
  ContributionStatus,
  ContributionWire,
  Licence,
  StreamEventKind,
  StreamEventWire,
  StreamState,
  StreamWire,
} from "./dataTypes";
import { MAX_PAGE_SIZE, type PaginatedResult } from "./types";

export interface Contribution {
  readonly id: bigint;
  readonly contributor: Address;
  readonly categoryId: number;
  readonly dataHash: `0x${string}`;
  readonly licence: Licence;
  readonly premiumPrice: bigint;
  readonly status: ContributionStatus;
  readonly score: number | null;
  readonly multiplierBps: number | null;
  readonly reward: bigint;
  /** What the score earned when the data pool gave less than that, else null. */
  readonly rewardNeeded: bigint | null;
  readonly premiumsPaid: number;
  readonly premiumEarnings: bigint;
  readonly submittedAt: bigint;
  readonly scoredAt: bigint | null;
}

export interface PaymentStream {
  readonly id: bigint;
  readonly sender: Address;
  readonly recipient: Address;
  readonly ratePerSecond: bigint;
  readonly state: StreamState;
  readonly deposited: bigint;
  readonly withdrawn: bigint;
  readonly refunded: bigint;
  readonly openedAt: bigint;
  readonly stoppedAt: bigint | null;
  readonly balance: bigint;
  readonly snapshotTime: bigint;
  readonly snapshotDebtScaled: bigint;
}

export interface StreamEvent extends OnchainOrigin {
  readonly streamId: bigint;
  readonly kind: StreamEventKind;
  readonly actor: Address;
  readonly amount: bigint | null;
  readonly extra: bigint | null;
  readonly counterparty: Address | null;
}

const big = (v: string | null): bigint | null => (v === null ? null : BigInt(v));

export function toContribution(w: ContributionWire): Contribution {
  return {
    ...w,
    id: BigInt(w.id),
    premiumPrice: BigInt(w.premiumPrice),
    reward: BigInt(w.reward),
    rewardNeeded: big(w.rewardNeeded),
    premiumEarnings: BigInt(w.premiumEarnings),
    submittedAt: BigInt(w.submittedAt),
    scoredAt: big(w.scoredAt),
  };
}

export function toStream(w: StreamWire): PaymentStream {
  return {
    ...w,
    id: BigInt(w.id),
    ratePerSecond: BigInt(w.ratePerSecond),
    deposited: BigInt(w.deposited),
    withdrawn: BigInt(w.withdrawn),
    refunded: BigInt(w.refunded),
    openedAt: BigInt(w.openedAt),
    stoppedAt: big(w.stoppedAt),
    balance: BigInt(w.balance),
    snapshotTime: BigInt(w.snapshotTime),
    snapshotDebtScaled: BigInt(w.snapshotDebtScaled),
  };
}

export function toStreamEvent(w: StreamEventWire): StreamEvent {
  return {
    ...origin(w),
    streamId: BigInt(w.streamId),
    kind: w.kind,
    actor: w.actor,
    amount: big(w.amount),
    extra: big(w.extra),
    counterparty: w.counterparty,
  };
}

export async function fetchContributions(
  filter: Partial<ContributionFilter>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<Contribution>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/data/contributions?${contributionSearchParams(filter)}`,
    paginatedGuard(isContributionWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toContribution) };
}

export async function fetchStreams(
  filter: Partial<StreamFilter>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<PaymentStream>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/streams?${streamSearchParams(filter)}`,
    paginatedGuard(isStreamWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toStream) };
}

export async function fetchStreamEvents(
  id: bigint,
  page: number,
  opts: ClientOptions = {},
): Promise<PaginatedResult<StreamEvent>> {
  const { base, fetchImpl } = resolve(opts);
  const params = new URLSearchParams({ page: String(page), pageSize: String(MAX_PAGE_SIZE) });
  const body = await getJson(
    `${base}/streams/${id}/events?${params}`,
    paginatedGuard(isStreamEventWire),
    fetchImpl,
    opts.signal,
  );
  return { ...body, items: body.items.map(toStreamEvent) };
}

/** Every event of the given streams, page after page, in chain order per stream. */
export async function fetchStreamHistory(
  ids: readonly bigint[],
  opts: ClientOptions = {},
): Promise<readonly StreamEvent[]> {
  const events: StreamEvent[] = [];
  for (const id of ids) {
    for (let page = 1; ; page++) {
      const result = await fetchStreamEvents(id, page, opts);
      events.push(...result.items);
      if (!result.hasNext) break;
    }
  }
  return events;
}

const CSV_HEADER = "stream,kind,actor,amount_base_units,extra_base_units,counterparty,timestamp,block,tx";

/** A stream history as CSV: amounts in DTA base units (4 decimals), exact; one line per event. */
export function streamHistoryCsv(events: readonly StreamEvent[]): string {
  const lines = events.map((e) =>
    [
      e.streamId,
      e.kind,
      e.actor,
      e.amount ?? "",
      e.extra ?? "",
      e.counterparty ?? "",
      e.timestamp,
      e.blockNumber,
      e.txHash,
    ].join(","),
  );
  return [CSV_HEADER, ...lines].join("\n") + "\n";
}

/** Query keys: chain, the viewing account and every parameter. */
export const dataKeys = {
  all: ["indexer", "data"] as const,
  contributions: (chainId: number, filter: ContributionFilter) =>
    [
      "indexer",
      "data",
      "contributions",
      { chainId, ...filter, contributor: filter.contributor?.toLowerCase() },
    ] as const,
  streams: (chainId: number, filter: StreamFilter) =>
    ["indexer", "data", "streams", { chainId, ...filter, account: filter.account?.toLowerCase() }] as const,
  history: (chainId: number, account: Address | undefined, ids: readonly bigint[]) =>
    [
      "indexer",
      "data",
      "history",
      { chainId, account: account?.toLowerCase(), ids: ids.map((id) => id.toString()) },
    ] as const,
};
