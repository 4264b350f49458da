/**
 * Parameters of the marketplace lists, read the same way by the indexer's routes and the app's URL state:
 * `/services?q=ocr&category=Computer+Vision&sort=price&order=asc&minPrice=500&maxPrice=20000&minRating=4
 * &status=active&provider=0x…&page=2&limit=24` and `/requests?payer=0x…&page=1&limit=10`. Prices are DTA base
 * units (decimal strings, never floats); the minimum rating is read as hundredths of a star (4.5 → 450).
 * Invalid values fall back to defaults (no filter, active services, newest first).
 */
import type { Address } from "viem";
import {
  isServiceSort,
  isServiceStatusFilter,
  isSortDirection,
  SERVICE_CATEGORIES,
  type ServiceSort,
  type ServiceStatusFilter,
  type SortDirection,
} from "./marketplaceTypes";
import type { ParamSource } from "./params";
import { addressParam } from "./primitives";

export const SERVICE_PAGE_SIZES = [12, 24, 48, 96] as const;
export const DEFAULT_SERVICE_PAGE_SIZE = 24;
export const MAX_SERVICE_PAGE_SIZE = 100;
export const DEFAULT_REQUEST_PAGE_SIZE = 10;
/** The longest search text: a service name is at most 64 bytes (MarketplaceListings.MAX_NAME_LENGTH). */
export const MAX_SEARCH_LENGTH = 64;

export interface ServiceFilter {
  readonly page: number;
  readonly limit: number;
  readonly sort: ServiceSort;
  readonly order: SortDirection;
  /** Matched case-insensitively anywhere in the name; undefined: every name. */
  readonly q?: string;
  /** A category id (position in SERVICE_CATEGORIES); undefined: every category. */
  readonly category?: number;
  /** Base units, both ends included. */
  readonly minPrice?: bigint;
  readonly maxPrice?: bigint;
  /** Lowest average rating in hundredths of a star (services without ratings never match). */
  readonly minRatingX100?: number;
  readonly status: ServiceStatusFilter;
  readonly provider?: Address;
}

export interface RequestFilter {
  readonly page: number;
  readonly limit: number;
  readonly payer?: Address;
}

/** The direction a sort reads best in when the URL does not say: cheapest first, otherwise highest first. */
export function defaultOrder(sort: ServiceSort): SortDirection {
  return sort === "price" ? "asc" : "desc";
}

function positiveInt(raw: string | null | undefined, fallback: number, max: number): number {
  if (raw === null || raw === undefined || !/^\d{1,15}$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : fallback;
}

function baseUnits(raw: string | null | undefined): bigint | undefined {
  return raw && /^\d{1,30}$/.test(raw) ? BigInt(raw) : undefined;
}

/** A category by id ("1") or by name in any case ("computer vision"). */
export function parseCategory(raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  if (/^\d{1,2}$/.test(raw)) return Number(raw) < SERVICE_CATEGORIES.length ? Number(raw) : undefined;
  const key = raw.trim().toLowerCase();
  const index = SERVICE_CATEGORIES.findIndex((name) => name.toLowerCase() === key);
  return index === -1 ? undefined : index;
}

/** "4", "4.5" or "3.75" stars as hundredths (400, 450, 375); undefined outside 0–5 or not a number. */
export function parseStarsX100(raw: string | null | undefined): number | undefined {
  const match = raw ? /^([0-5])(?:\.(\d{1,2}))?$/.exec(raw) : null;
  if (!match) return undefined;
  const value = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return value > 0 && value <= 500 ? value : undefined;
}

/** Hundredths of a star back to the URL's words: 450 → "4.5", 400 → "4". */
export function starsText(x100: number): string {
  const whole = Math.floor(x100 / 100);
  const cents = x100 % 100;
  if (cents === 0) return String(whole);
  return `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}`;
}

export function parseServiceFilter(get: ParamSource): ServiceFilter {
  const sortRaw = get("sort");
  const sort: ServiceSort = isServiceSort(sortRaw) ? sortRaw : "newest";
  const orderRaw = get("order");
  const statusRaw = get("status");
  const q = (get("q") ?? "").trim().slice(0, MAX_SEARCH_LENGTH);
  return {
    page: positiveInt(get("page"), 1, Number.MAX_SAFE_INTEGER),
    limit: positiveInt(get("limit"), DEFAULT_SERVICE_PAGE_SIZE, MAX_SERVICE_PAGE_SIZE),
    sort,
    order: isSortDirection(orderRaw) ? orderRaw : defaultOrder(sort),
    q: q.length > 0 ? q : undefined,
    category: parseCategory(get("category")),
    minPrice: baseUnits(get("minPrice")),
    maxPrice: baseUnits(get("maxPrice")),
    minRatingX100: parseStarsX100(get("minRating")),
    status: isServiceStatusFilter(statusRaw) ? statusRaw : "active",
    provider: addressParam(get("provider")),
  };
}

export function parseRequestFilter(get: ParamSource): RequestFilter {
  return {
    page: positiveInt(get("page"), 1, Number.MAX_SAFE_INTEGER),
    limit: positiveInt(get("limit"), DEFAULT_REQUEST_PAGE_SIZE, MAX_SERVICE_PAGE_SIZE),
    payer: addressParam(get("payer")),
  };
}

/** The query string for a service filter, omitting defaults so URLs stay short and stable. */
export function serviceSearchParams(filter: Partial<ServiceFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.category !== undefined) {
    const name = SERVICE_CATEGORIES[filter.category];
    if (name) params.set("category", name);
  }
  const sort = filter.sort ?? "newest";
  if (sort !== "newest") params.set("sort", sort);
  if (filter.order && filter.order !== defaultOrder(sort)) params.set("order", filter.order);
  if (filter.minPrice !== undefined) params.set("minPrice", filter.minPrice.toString());
  if (filter.maxPrice !== undefined) params.set("maxPrice", filter.maxPrice.toString());
  if (filter.minRatingX100 !== undefined) params.set("minRating", starsText(filter.minRatingX100));
  if (filter.status && filter.status !== "active") params.set("status", filter.status);
  if (filter.provider) params.set("provider", filter.provider.toLowerCase());
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.limit && filter.limit !== DEFAULT_SERVICE_PAGE_SIZE) params.set("limit", String(filter.limit));
  return params;
}

export function requestSearchParams(filter: Partial<RequestFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.payer) params.set("payer", filter.payer.toLowerCase());
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.limit && filter.limit !== DEFAULT_REQUEST_PAGE_SIZE) params.set("limit", String(filter.limit));
  return params;
}
