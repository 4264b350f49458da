/**
 * The app's one door to the event indexer (indexer/): typed fetchers that validate every response and turn
 * the wire's decimal strings into bigint, and the query keys for them (chain, account and every parameter).
 *   NEXT_PUBLIC_INDEXER_URL  the indexer's HTTP address (default http://127.0.0.1:42069, `npm start`'s)
 */
import type { Address } from "viem";
import {
  isActivityWire,
  isIndexerStatus,
  isPoolReservationsWire,
  isSupplyHistoryWire,
  isSwapWire,
  paginatedGuard,
  type IndexerChainStatus,
} from "./guards";
import { activitySearchParams, type ActivityFilter, type PageParams } from "./params";
import type {
  ActivityKind,
  ActivityWire,
  PaginatedResult,
  ReservingPool,
  SupplyDayWire,
  SwapWire,
} from "./types";

export const DEFAULT_INDEXER_URL = "http://127.0.0.1:42069";

export function indexerUrl(
  env: { NEXT_PUBLIC_INDEXER_URL?: string | undefined } = {
    NEXT_PUBLIC_INDEXER_URL: process.env.NEXT_PUBLIC_INDEXER_URL,
  },
): string {
  return (env.NEXT_PUBLIC_INDEXER_URL || DEFAULT_INDEXER_URL).replace(/\/+$/, "");
}

/** The indexer answered, but not with what the app expects (or not at all). */
export class IndexerError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "IndexerError";
  }
}

export interface OnchainOrigin {
  readonly id: string;
  readonly txHash: `0x${string}`;
  readonly blockNumber: bigint;
  readonly timestamp: bigint;
  readonly logIndex: number;
}

export interface Activity extends OnchainOrigin {
  readonly account: Address;
  readonly kind: ActivityKind;
  readonly amount: bigint;
  readonly extra: bigint | null;
  readonly counterparty: Address | null;
  readonly tokenId: bigint | null;
}

export interface Swap extends OnchainOrigin {
  readonly account: Address;
  readonly biveAmount: bigint;
  readonly dtaAmount: bigint;
  readonly bonus: bigint;
}

export interface SupplyDay {
  /** Days since 1970-01-01 (UTC). */
  readonly day: number;
  readonly totalSupply: bigint;
  readonly burnedTotal: bigint;
  readonly burnedThatDay: bigint;
}

/** One pool's reservations on one UTC day, in DTA base units. */
export interface PoolDay {
  readonly pool: ReservingPool;
  readonly day: number;
  readonly reserved: bigint;
  readonly released: bigint;
}

export interface PoolReservations {
  /** The day of the genesis mint (days since 1970, UTC), or null before the indexer has seen it. */
  readonly genesisDay: number | null;
  readonly days: readonly PoolDay[];
}

export interface IndexerStatus {
  readonly chainId: number;
  readonly block: bigint;
  readonly timestamp: bigint;
}

type FetchLike = (input: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export async function getJson<T>(
  url: string,
  guard: (v: unknown) => v is T,
  fetchImpl: FetchLike,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal });
  } catch (error) {
    throw new IndexerError(
      `The indexer is unreachable (${error instanceof Error ? error.message : "network error"})`,
    );
  }
  if (!res.ok) throw new IndexerError(`The indexer answered ${res.status} for ${url}`, res.status);
  const body: unknown = await res.json().catch(() => undefined);
  if (!guard(body)) throw new IndexerError(`The indexer's answer for ${url} has an unexpected shape`);
  return body;
}

export function origin(wire: {
  id: string;
  txHash: `0x${string}`;
  blockNumber: string;
  timestamp: string;
  logIndex: number;
}) {
  return {
    id: wire.id,
    txHash: wire.txHash,
    blockNumber: BigInt(wire.blockNumber),
    timestamp: BigInt(wire.timestamp),
    logIndex: wire.logIndex,
  };
}

export function toActivity(wire: ActivityWire): Activity {
  return {
    ...origin(wire),
    account: wire.account,
    kind: wire.kind,
    amount: BigInt(wire.amount),
    extra: wire.extra === null ? null : BigInt(wire.extra),
    counterparty: wire.counterparty,
    tokenId: wire.tokenId === null ? null : BigInt(wire.tokenId),
  };
}

export function toSwap(wire: SwapWire): Swap {
  return {
    ...origin(wire),
    account: wire.account,
    biveAmount: BigInt(wire.biveAmount),
    dtaAmount: BigInt(wire.dtaAmount),
    bonus: BigInt(wire.bonus),
  };
}

function toSupplyDay(wire: SupplyDayWire): SupplyDay {
  return {
    day: wire.day,
    totalSupply: BigInt(wire.totalSupply),
    burnedTotal: BigInt(wire.burnedTotal),
    burnedThatDay: BigInt(wire.burnedThatDay),
  };
}

export interface ClientOptions {
  readonly baseUrl?: string;
  readonly fetch?: FetchLike;
  readonly signal?: AbortSignal;
}

export function resolve(opts: ClientOptions): { base: string; fetchImpl: FetchLike } {
  return { base: opts.baseUrl ?? indexerUrl(), fetchImpl: opts.fetch ?? ((u, i) => fetch(u, i)) };
}

export async function fetchActivity(
  account: Address,
  filter: Partial<ActivityFilter>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<Activity>> {
  const { base, fetchImpl } = resolve(opts);
  const params = activitySearchParams(filter);
  params.set("account", account.toLowerCase());
  const page = await getJson(
    `${base}/activity?${params}`,
    paginatedGuard(isActivityWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toActivity) };
}

export async function fetchSwaps(
  account: Address,
  params: Partial<PageParams>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<Swap>> {
  const { base, fetchImpl } = resolve(opts);
  const search = activitySearchParams(params);
  search.set("account", account.toLowerCase());
  const page = await getJson(`${base}/swaps?${search}`, paginatedGuard(isSwapWire), fetchImpl, opts.signal);
  return { ...page, items: page.items.map(toSwap) };
}

export async function fetchSupplyHistory(opts: ClientOptions = {}): Promise<readonly SupplyDay[]> {
  const { base, fetchImpl } = resolve(opts);
  const body = await getJson(`${base}/supply-history`, isSupplyHistoryWire, fetchImpl, opts.signal);
  return body.days.map(toSupplyDay);
}

/** Each reward pool's reservations by day from `fromDay` (UTC days since 1970) on, and the genesis day. */
export async function fetchPoolReservations(
  fromDay: number,
  opts: ClientOptions = {},
): Promise<PoolReservations> {
  const { base, fetchImpl } = resolve(opts);
  const body = await getJson(
    `${base}/pool-reservations?fromDay=${Math.max(0, Math.floor(fromDay))}`,
    isPoolReservationsWire,
    fetchImpl,
    opts.signal,
  );
  return {
    genesisDay: body.genesisDay,
    days: body.days.map((d) => ({
      pool: d.pool,
      day: d.day,
      reserved: BigInt(d.reserved),
      released: BigInt(d.released),
    })),
  };
}

/** The block the indexer has reached on `chainId`; an IndexerError if it does not index that chain. */
export async function fetchIndexerStatus(chainId: number, opts: ClientOptions = {}): Promise<IndexerStatus> {
  const { base, fetchImpl } = resolve(opts);
  const status = await getJson(`${base}/status`, isIndexerStatus, fetchImpl, opts.signal);
  const chain = Object.values(status).find((c: IndexerChainStatus) => c.id === chainId);
  if (!chain) throw new IndexerError(`The indexer does not index chain ${chainId}`);
  return { chainId, block: BigInt(chain.block.number), timestamp: BigInt(chain.block.timestamp) };
}

/** Query keys: chain, account and every list parameter, so two accounts or two pages never share a cache entry. */
export const indexerKeys = {
  all: ["indexer"] as const,
  status: (chainId: number) => ["indexer", "status", { chainId }] as const,
  activity: (chainId: number, account: Address | undefined, filter: ActivityFilter) =>
    [
      "indexer",
      "activity",
      {
        chainId,
        account: account?.toLowerCase(),
        kinds: [...filter.kinds].sort(),
        page: filter.page,
        pageSize: filter.pageSize,
        sort: filter.sort,
      },
    ] as const,
  swaps: (chainId: number, account: Address | undefined, params: PageParams) =>
    ["indexer", "swaps", { chainId, account: account?.toLowerCase(), ...params }] as const,
  supplyHistory: (chainId: number) => ["indexer", "supplyHistory", { chainId }] as const,
  poolReservations: (chainId: number, fromDay: number) =>
    ["indexer", "poolReservations", { chainId, fromDay }] as const,
};
