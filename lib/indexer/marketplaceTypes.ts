/**
 * The marketplace routes' wire format (indexer/src/api/marketplace.ts ⇄ lib/indexer/marketplace.ts). Prices and
 * amounts travel as base-unit decimal strings (DTA, 4 decimals) and are parsed back to bigint by the client.
 */
import type { OnchainOrigin, PaginatedResult } from "./types";

/** The categories the marketplace is deployed with (AIMarketplace's constructor; ids are their positions). */
export const SERVICE_CATEGORIES = [
  "NLP",
  "Computer Vision",
  "Predictive Analytics",
  "Anomaly Detection",
  "Optimization",
  "Generative AI",
  "Other",
] as const;

export const SERVICE_STATUSES = ["active", "paused"] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** The status filter: one status, or every service. */
export const SERVICE_STATUS_FILTERS = ["active", "paused", "all"] as const;
export type ServiceStatusFilter = (typeof SERVICE_STATUS_FILTERS)[number];

/** How the service list can be ordered; ties go to the newest service. */
export const SERVICE_SORTS = ["rating", "price", "usage", "newest"] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);

export const isServiceStatus = isOneOf(SERVICE_STATUSES);
export const isServiceStatusFilter = isOneOf(SERVICE_STATUS_FILTERS);
export const isServiceSort = isOneOf(SERVICE_SORTS);
export const isSortDirection = isOneOf(SORT_DIRECTIONS);

export interface ServiceWire {
  readonly id: string;
  readonly provider: `0x${string}`;
  readonly name: string;
  readonly categoryId: number;
  readonly category: string;
  readonly metadataUri: string;
  readonly pricePerQuery: string;
  readonly status: ServiceStatus;
  readonly ratingSum: number;
  readonly ratingCount: number;
  readonly queries: string;
  readonly requests: number;
  /** Σ of what payers paid (before the burn and the platform share). */
  readonly revenue: string;
  /** Σ of what the provider received (after the burn and the platform share). */
  readonly providerEarned: string;
  /** Σ of provider bonuses reserved for this service from the provider pool. */
  readonly bonusEarned: string;
  readonly listingFee: string;
  /** Unix seconds. */
  readonly listedAt: string;
  readonly listedBlock: string;
}

/** One page of services and how many services match the filter in all. */
export interface ServicePageWire extends PaginatedResult<ServiceWire> {
  readonly total: number;
}

export interface ServiceDetailWire {
  readonly service: ServiceWire;
  /** How many current ratings give 1, 2, 3, 4 and 5 stars (index 0 is one star). */
  readonly stars: readonly number[];
}

/** One paid request and, once posted, its response. */
export interface ServiceRequestWire extends OnchainOrigin<string> {
  readonly requestId: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly payer: `0x${string}`;
  readonly queries: number;
  readonly pricePerQuery: string;
  readonly amount: string;
  readonly burned: string;
  readonly toPlatform: string;
  readonly toProvider: string;
  readonly bonus: string;
  readonly responseHash: `0x${string}` | null;
  /** Unix seconds; null until the response is posted. */
  readonly respondedAt: string | null;
}
