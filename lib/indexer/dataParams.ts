/**
 * Parameters of the data-economy lists, read the same way by the indexer's routes and the app's URL state:
 * `/data/contributions?contributor=0x…&status=pending&page=2`, `/streams?account=0x…&role=sent&page=1` and
 * `/streams/:id/events?page=1`. Invalid values fall back to defaults (no filter, newest first).
 */
import type { Address } from "viem";
import { DEFAULT_PAGE_SIZE, parsePageParams, type ParamSource } from "./params";
import { addressParam } from "./primitives";
import { isContributionStatus, isStreamRole, type ContributionStatus, type StreamRole } from "./dataTypes";

export interface ContributionFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly contributor?: Address;
  readonly status?: ContributionStatus;
}

export interface StreamFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly account?: Address;
  /** With an account: streams it sends, receives, or either. */
  readonly role: StreamRole;
}

export function parseContributionFilter(get: ParamSource): ContributionFilter {
  const { page, pageSize } = parsePageParams(get);
  const status = get("status");
  return {
    page,
    pageSize,
    contributor: addressParam(get("contributor")),
    status: isContributionStatus(status) ? status : undefined,
  };
}

export function parseStreamFilter(get: ParamSource): StreamFilter {
  const { page, pageSize } = parsePageParams(get);
  const role = get("role");
  return { page, pageSize, account: addressParam(get("account")), role: isStreamRole(role) ? role : "any" };
}

/** A whole-number id from a path segment, or undefined. */
export function parseId(raw: string): bigint | undefined {
  return /^\d{1,78}$/.test(raw) ? BigInt(raw) : undefined;
}

/** The query string of a contribution list (defaults left out, so equal filters give equal URLs). */
export function contributionSearchParams(filter: Partial<ContributionFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.contributor) params.set("contributor", filter.contributor.toLowerCase());
  if (filter.status) params.set("status", filter.status);
  setPage(params, filter);
  return params;
}

/** The query string of a stream list. */
export function streamSearchParams(filter: Partial<StreamFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.account) params.set("account", filter.account.toLowerCase());
  if (filter.role && filter.role !== "any") params.set("role", filter.role);
  setPage(params, filter);
  return params;
}

function setPage(params: URLSearchParams, filter: { page?: number; pageSize?: number }): void {
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.pageSize && filter.pageSize !== DEFAULT_PAGE_SIZE)
    params.set("pageSize", String(filter.pageSize));
}
