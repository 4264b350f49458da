/**
 * The app's fetchers for the marketplace routes: validated answers, bigint amounts, and query keys holding the
 * chain, the account and every parameter. Usable from server components (no wallet code here).
 */
import type { Address } from "viem";
import { getJson, IndexerError, origin, resolve, type ClientOptions, type OnchainOrigin } from "./http";
import { paginatedGuard } from "./guards";
import { isServiceDetailWire, isServicePageWire, isServiceRequestWire } from "./marketplaceGuards";
import {
  requestSearchParams,
  serviceSearchParams,
  type RequestFilter,
  type ServiceFilter,
} from "./marketplaceParams";
import type { ServiceRequestWire, ServiceStatus, ServiceWire } from "./marketplaceTypes";
import type { PaginatedResult } from "./types";

export interface Service {
  readonly id: bigint;
  readonly provider: Address;
  readonly name: string;
  readonly categoryId: number;
  readonly category: string;
  readonly metadataUri: string;
  readonly pricePerQuery: bigint;
  readonly status: ServiceStatus;
  readonly ratingSum: number;
  readonly ratingCount: number;
  readonly queries: bigint;
  readonly requests: number;
  readonly revenue: bigint;
  readonly providerEarned: bigint;
  readonly bonusEarned: bigint;
  readonly listingFee: bigint;
  readonly listedAt: bigint;
  readonly listedBlock: bigint;
}

export interface ServicePage extends PaginatedResult<Service> {
  /** Services matching the filter across every page. */
  readonly total: number;
}

export interface ServiceDetail {
  readonly service: Service;
  /** Current ratings giving 1 … 5 stars (index 0: one star). */
  readonly stars: readonly number[];
}

export interface ServiceRequest extends OnchainOrigin {
  readonly requestId: bigint;
  readonly serviceId: bigint;
  readonly serviceName: string;
  readonly payer: Address;
  readonly queries: number;
  readonly pricePerQuery: bigint;
  readonly amount: bigint;
  readonly burned: bigint;
  readonly toPlatform: bigint;
  readonly toProvider: bigint;
  readonly bonus: bigint;
  readonly responseHash: `0x${string}` | null;
  readonly respondedAt: bigint | null;
}

export function toService(w: ServiceWire): Service {
  return {
    ...w,
    id: BigInt(w.id),
    pricePerQuery: BigInt(w.pricePerQuery),
    queries: BigInt(w.queries),
    revenue: BigInt(w.revenue),
    providerEarned: BigInt(w.providerEarned),
    bonusEarned: BigInt(w.bonusEarned),
    listingFee: BigInt(w.listingFee),
    listedAt: BigInt(w.listedAt),
    listedBlock: BigInt(w.listedBlock),
  };
}

export function toServiceRequest(w: ServiceRequestWire): ServiceRequest {
  return {
    ...origin(w),
    requestId: BigInt(w.requestId),
    serviceId: BigInt(w.serviceId),
    serviceName: w.serviceName,
    payer: w.payer,
    queries: w.queries,
    pricePerQuery: BigInt(w.pricePerQuery),
    amount: BigInt(w.amount),
    burned: BigInt(w.burned),
    toPlatform: BigInt(w.toPlatform),
    toProvider: BigInt(w.toProvider),
    bonus: BigInt(w.bonus),
    responseHash: w.responseHash,
    respondedAt: w.respondedAt === null ? null : BigInt(w.respondedAt),
  };
}

/** The average rating in hundredths of a star, rounded down (null without ratings) — integer maths only. */
export function averageX100(service: Pick<Service, "ratingSum" | "ratingCount">): number | null {
  return service.ratingCount === 0 ? null : Math.floor((service.ratingSum * 100) / service.ratingCount);
}

export async function fetchServices(
  filter: Partial<ServiceFilter>,
  opts: ClientOptions = {},
): Promise<ServicePage> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/services?${serviceSearchParams(filter)}`,
    isServicePageWire,
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toService) };
}

/** A service and its star distribution; null when the indexer has no such service (yet). */
export async function fetchService(id: bigint, opts: ClientOptions = {}): Promise<ServiceDetail | null> {
  const { base, fetchImpl } = resolve(opts);
  try {
    const body = await getJson(`${base}/services/${id}`, isServiceDetailWire, fetchImpl, opts.signal);
    return { service: toService(body.service), stars: body.stars };
  } catch (error) {
    if (error instanceof IndexerError && error.status === 404) return null;
    throw error;
  }
}

export async function fetchServiceRequests(
  id: bigint,
  filter: Partial<RequestFilter>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<ServiceRequest>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/services/${id}/requests?${requestSearchParams(filter)}`,
    paginatedGuard(isServiceRequestWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toServiceRequest) };
}

/** A payer's requests across every service, newest first. */
export async function fetchMyRequests(
  payer: Address,
  filter: Partial<Omit<RequestFilter, "payer">>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<ServiceRequest>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/requests?${requestSearchParams({ ...filter, payer })}`,
    paginatedGuard(isServiceRequestWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toServiceRequest) };
}

const filterKey = (filter: Partial<ServiceFilter>) => ({
  ...filter,
  provider: filter.provider?.toLowerCase(),
  minPrice: filter.minPrice?.toString(),
  maxPrice: filter.maxPrice?.toString(),
});

/** Query keys: chain, the viewing account and every parameter (bigints as strings, addresses lower-cased). */
export const marketplaceKeys = {
  all: ["indexer", "marketplace"] as const,
  services: (chainId: number, account: Address | undefined, filter: Partial<ServiceFilter>) =>
    [
      "indexer",
      "marketplace",
      "services",
      { chainId, account: account?.toLowerCase(), ...filterKey(filter) },
    ] as const,
  detail: (chainId: number, account: Address | undefined, id: bigint) =>
    [
      "indexer",
      "marketplace",
      "detail",
      { chainId, account: account?.toLowerCase(), id: id.toString() },
    ] as const,
  requests: (chainId: number, account: Address | undefined, id: bigint, filter: Partial<RequestFilter>) =>
    [
      "indexer",
      "marketplace",
      "requests",
      {
        chainId,
        account: account?.toLowerCase(),
        id: id.toString(),
        ...filter,
        payer: filter.payer?.toLowerCase(),
      },
    ] as const,
  myRequests: (
    chainId: number,
    account: Address | undefined,
    filter: Partial<Omit<RequestFilter, "payer">>,
  ) =>
    [
      "indexer",
      "marketplace",
      "myRequests",
      { chainId, account: account?.toLowerCase(), ...filter },
    ] as const,
};
