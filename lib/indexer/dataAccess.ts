/**
 * Who may buy each restricted contribution, and the data categories, from the indexer
 * (`/data/access?contribution&buyer&granted&page&pageSize`, `/data/categories`): wire format, guards, parameters
 * and fetchers in one place, shared by the indexer's routes and the app.
 */
import type { Address } from "viem";
import { getJson, resolve, type ClientOptions } from "./http";
import { isAddressHex, isNonNegativeInt, isRecord, isUintString, paginatedGuard } from "./guards";
import { parseId } from "./dataParams";
import { DEFAULT_PAGE_SIZE, parsePageParams, type ParamSource } from "./params";
import { addressParam } from "./primitives";
import type { PaginatedResult } from "./types";

/** One buyer of one restricted contribution: approved now, and whether it paid the premium. */
export interface DataAccessWire {
  readonly contributionId: string;
  readonly buyer: `0x${string}`;
  readonly granted: boolean;
  readonly paid: boolean;
  readonly updatedAt: string;
}

export interface DataAccess {
  readonly contributionId: bigint;
  readonly buyer: Address;
  readonly granted: boolean;
  readonly paid: boolean;
  readonly updatedAt: bigint;
}

export interface DataCategoryWire {
  readonly id: number;
  readonly name: string;
}

export interface DataAccessFilter {
  readonly page: number;
  readonly pageSize: number;
  readonly contributionId?: bigint;
  readonly buyer?: Address;
  /** Only the buyers approved now (revoked ones left out). */
  readonly grantedOnly: boolean;
}

export function isDataAccessWire(v: unknown): v is DataAccessWire {
  return (
    isRecord(v) &&
    isUintString(v.contributionId) &&
    isAddressHex(v.buyer) &&
    typeof v.granted === "boolean" &&
    typeof v.paid === "boolean" &&
    isUintString(v.updatedAt)
  );
}

export function isDataCategoryList(v: unknown): v is readonly DataCategoryWire[] {
  return (
    Array.isArray(v) &&
    v.every((c) => isRecord(c) && isNonNegativeInt(c.id) && typeof c.name === "string" && c.name !== "")
  );
}

export function parseDataAccessFilter(get: ParamSource): DataAccessFilter {
  const { page, pageSize } = parsePageParams(get);
  const contribution = get("contribution");
  const buyer = get("buyer");
  return {
    page,
    pageSize,
    contributionId: contribution ? parseId(contribution) : undefined,
    buyer: addressParam(buyer),
    grantedOnly: get("granted") === "1",
  };
}

export function dataAccessSearchParams(filter: Partial<DataAccessFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.contributionId !== undefined) params.set("contribution", filter.contributionId.toString());
  if (filter.buyer) params.set("buyer", filter.buyer.toLowerCase());
  if (filter.grantedOnly) params.set("granted", "1");
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.pageSize && filter.pageSize !== DEFAULT_PAGE_SIZE)
    params.set("pageSize", String(filter.pageSize));
  return params;
}

export function toDataAccess(w: DataAccessWire): DataAccess {
  return {
    contributionId: BigInt(w.contributionId),
    buyer: w.buyer,
    granted: w.granted,
    paid: w.paid,
    updatedAt: BigInt(w.updatedAt),
  };
}

export async function fetchDataAccess(
  filter: Partial<DataAccessFilter>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<DataAccess>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/data/access?${dataAccessSearchParams(filter)}`,
    paginatedGuard(isDataAccessWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toDataAccess) };
}

/** The data categories by id, in id order. */
export async function fetchDataCategories(opts: ClientOptions = {}): Promise<readonly DataCategoryWire[]> {
  const { base, fetchImpl } = resolve(opts);
  return getJson(`${base}/data/categories`, isDataCategoryList, fetchImpl, opts.signal);
}

/** A category's name, or its number while the list is unknown. */
export function dataCategoryName(categories: readonly DataCategoryWire[] | undefined, id: number): string {
  return categories?.find((c) => c.id === id)?.name ?? `Category #${id}`;
}

export const dataAccessKeys = {
  access: (chainId: number, filter: Partial<DataAccessFilter>) =>
    [
      "indexer",
      "data",
      "access",
      {
        chainId,
        contributionId: filter.contributionId?.toString(),
        buyer: filter.buyer?.toLowerCase(),
        grantedOnly: filter.grantedOnly ?? false,
        page: filter.page ?? 1,
        pageSize: filter.pageSize ?? DEFAULT_PAGE_SIZE,
      },
    ] as const,
  categories: (chainId: number) => ["indexer", "data", "categories", { chainId }] as const,
};
