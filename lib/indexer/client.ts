/**
 * The app's indexer reads of accounts (activity, swaps), and the query keys for every read (chain, account and
 * every parameter). The transport is http.ts; supply.ts holds the tokenomics reads. Both are re-exported here.
 */
import type { Address } from "viem";
import { isActivityWire, isSwapWire, paginatedGuard } from "./guards";
import { getJson, origin, resolve, type ClientOptions, type OnchainOrigin } from "./http";
import { activitySearchParams, type ActivityFilter, type PageParams } from "./params";
import type { ActivityKind, ActivityWire, PaginatedResult, SwapWire } from "./types";

export {
  DEFAULT_INDEXER_URL,
  IndexerError,
  fetchIndexerStatus,
  getJson,
  indexerUrl,
  resolve,
  type ClientOptions,
  type FetchLike,
  type IndexerStatus,
  type OnchainOrigin,
  origin,
} from "./http";
export {
  fetchPoolReservations,
  fetchSupplyHistory,
  type PoolDay,
  type PoolReservations,
  type SupplyDay,
} from "./supply";

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
