/**
 * Parsing of list parameters, shared by the indexer's routes and the app's URL state so both read
 * `?kind=staked,swapped&page=2&pageSize=25&sort=oldest` the same way. Invalid values fall back to defaults;
 * an invalid account is an error (a list for "nobody" must not look like an empty history).
 */
import type { Address } from "viem";
import { addressParam } from "./primitives";
import { MAX_PAGE_SIZE, isActivityKind, isSortOrder, type ActivityKind, type SortOrder } from "./types";

export const DEFAULT_PAGE_SIZE = 25;

export interface PageParams {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: SortOrder;
}

export interface ActivityFilter extends PageParams {
  /** Empty: every kind. */
  readonly kinds: readonly ActivityKind[];
}

/** Minimal read access to search parameters (URLSearchParams, Next's ReadonlyURLSearchParams, Hono's query). */
export type ParamSource = (name: string) => string | null | undefined;

function positiveInt(raw: string | null | undefined, fallback: number, max: number): number {
  if (raw === null || raw === undefined || !/^\d+$/.test(raw)) return fallback;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : fallback;
}

export function parsePageParams(get: ParamSource): PageParams {
  const sort = get("sort");
  return {
    page: positiveInt(get("page"), 1, Number.MAX_SAFE_INTEGER),
    pageSize: positiveInt(get("pageSize"), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    sort: isSortOrder(sort) ? sort : "newest",
  };
}

export function parseActivityFilter(get: ParamSource): ActivityFilter {
  const kinds = (get("kind") ?? "").split(",").filter(isActivityKind);
  return { ...parsePageParams(get), kinds: [...new Set(kinds)] };
}

/** The account parameter, lower-cased, or undefined when it is missing or not an address. */
export function parseAccount(get: ParamSource): Address | undefined {
  const raw = get("account");
  return addressParam(raw);
}

/** The query string for a filter, omitting defaults so URLs stay short and stable. */
export function activitySearchParams(filter: Partial<ActivityFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.kinds && filter.kinds.length > 0) params.set("kind", filter.kinds.join(","));
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.pageSize && filter.pageSize !== DEFAULT_PAGE_SIZE)
    params.set("pageSize", String(filter.pageSize));
  if (filter.sort && filter.sort !== "newest") params.set("sort", filter.sort);
  return params;
}

/** A range of UTC days (days since 1970-01-01), both ends included; missing or invalid ends are open. */
export interface DayRange {
  readonly fromDay: number;
  readonly toDay: number;
}

export function parseDayRange(get: ParamSource): DayRange {
  const day = (raw: string | null | undefined, fallback: number) =>
    raw !== null && raw !== undefined && /^\d{1,7}$/.test(raw) ? Number(raw) : fallback;
  return { fromDay: day(get("fromDay"), 0), toDay: day(get("toDay"), 9_999_999) };
}
