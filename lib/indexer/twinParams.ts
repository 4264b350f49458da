/**
 * Parameters of the twin lists, read the same way by the indexer's routes and the app's URL state:
 * `/twins?type=1&category=turbines&owner=0x…&status=active&sort=quality&page=2&pageSize=25` and
 * `/twins/:id/jobs?buyer=0x…&page=1`. Invalid values fall back to defaults (no filter, newest first).
 */
import type { Address } from "viem";
import { DEFAULT_PAGE_SIZE, parsePageParams, type ParamSource } from "./params";
import { addressParam } from "./primitives";
import { isTwinSort, isTwinStatus, type TwinSort, type TwinStatus } from "./twinTypes";

/** The longest category label the registry accepts (TwinRegistry.MAX_CATEGORY_LENGTH, in bytes). */
export const MAX_CATEGORY_BYTES = 32;

export interface TwinFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: TwinSort;
  /** A twin type id; undefined: every type. */
  readonly type?: number;
  /** Matched without regard to case; undefined: every category. */
  readonly category?: string;
  readonly owner?: Address;
  readonly status?: TwinStatus;
}

export interface JobFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly buyer?: Address;
}

/** The key a category is filtered by: trimmed and lower-cased. */
export function categoryKey(category: string): string {
  return category.trim().toLowerCase();
}

export function parseTwinFilter(get: ParamSource): TwinFilter {
  const { page, pageSize } = parsePageParams(get);
  const sort = get("sort");
  const type = get("type");
  const category = categoryKey(get("category") ?? "");
  const status = get("status");
  return {
    page,
    pageSize,
    sort: isTwinSort(sort) ? sort : "newest",
    type: type && /^\d{1,5}$/.test(type) && Number(type) <= 65_535 ? Number(type) : undefined,
    category: category.length > 0 && category.length <= MAX_CATEGORY_BYTES * 4 ? category : undefined,
    owner: addressParam(get("owner")),
    status: isTwinStatus(status) ? status : undefined,
  };
}

export function parseJobFilter(get: ParamSource): JobFilter {
  const { page, pageSize } = parsePageParams(get);
  return { page, pageSize, buyer: addressParam(get("buyer")) };
}

/** The query string for a twin filter, omitting defaults so URLs stay short and stable. */
export function twinSearchParams(filter: Partial<TwinFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.type !== undefined) params.set("type", String(filter.type));
  if (filter.category) params.set("category", filter.category);
  if (filter.owner) params.set("owner", filter.owner.toLowerCase());
  if (filter.status) params.set("status", filter.status);
  if (filter.sort && filter.sort !== "newest") params.set("sort", filter.sort);
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.pageSize && filter.pageSize !== DEFAULT_PAGE_SIZE)
    params.set("pageSize", String(filter.pageSize));
  return params;
}

export function jobSearchParams(filter: Partial<JobFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.buyer) params.set("buyer", filter.buyer.toLowerCase());
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.pageSize && filter.pageSize !== DEFAULT_PAGE_SIZE)
    params.set("pageSize", String(filter.pageSize));
  return params;
}
