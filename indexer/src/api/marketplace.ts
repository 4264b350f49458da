/**
 * Marketplace routes (wire format in lib/indexer/marketplaceTypes.ts, parameters in marketplaceParams.ts):
 *   GET /services?q&category&sort&order&minPrice&maxPrice&minRating&status&provider&page&limit
 *                                         one page of services and how many match in all
 *   GET /services/:id                     a service and its star distribution
 *   GET /services/:id/requests?payer&page&limit   its paid requests, newest first
 *   GET /requests?payer&page&limit        a payer's requests across services, newest first
 */
import { Hono } from "hono";
import { db } from "ponder:api";
import { service, serviceRating, serviceRequest } from "ponder:schema";
import { and, asc, count, desc, eq, gte, ilike, lte } from "ponder";
import {
  parseRequestFilter,
  parseServiceFilter,
  type RequestFilter,
  type ServiceFilter,
} from "../../../lib/indexer/marketplaceParams";
import type {
  ServiceDetailWire,
  ServicePageWire,
  ServiceRequestWire,
  ServiceStatus,
  ServiceWire,
} from "../../../lib/indexer/marketplaceTypes";
import type { PaginatedResult } from "../../../lib/indexer/types";
import { origin, paginate } from "./shared";

type ServiceRow = typeof service.$inferSelect;
type RequestRow = typeof serviceRequest.$inferSelect;

function toWire(row: ServiceRow): ServiceWire {
  return {
    id: row.id.toString(),
    provider: row.provider,
    name: row.name,
    categoryId: row.categoryId,
    category: row.category,
    metadataUri: row.metadataUri,
    pricePerQuery: row.pricePerQuery.toString(),
    status: row.status as ServiceStatus,
    ratingSum: row.ratingSum,
    ratingCount: row.ratingCount,
    queries: row.queries.toString(),
    requests: row.requests,
    revenue: row.revenue.toString(),
    providerEarned: row.providerEarned.toString(),
    bonusEarned: row.bonusEarned.toString(),
    listingFee: row.listingFee.toString(),
    listedAt: row.listedAt.toString(),
    listedBlock: row.listedBlock.toString(),
  };
}

function toRequestWire(row: RequestRow, serviceName: string): ServiceRequestWire {
  return {
    ...origin({ ...row, id: row.id.toString() }),
    requestId: row.id.toString(),
    serviceId: row.serviceId.toString(),
    serviceName,
    payer: row.payer,
    queries: row.queries,
    pricePerQuery: row.pricePerQuery.toString(),
    amount: row.amount.toString(),
    burned: row.burned.toString(),
    toPlatform: row.toPlatform.toString(),
    toProvider: row.toProvider.toString(),
    bonus: row.bonus.toString(),
    responseHash: row.responseHash,
    respondedAt: row.respondedAt?.toString() ?? null,
  };
}

/** `%`, `_` and `\` in the search text match themselves, not any text. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function serviceWhere(filter: ServiceFilter) {
  return and(
    filter.q === undefined ? undefined : ilike(service.name, likePattern(filter.q)),
    filter.category === undefined ? undefined : eq(service.categoryId, filter.category),
    filter.minPrice === undefined ? undefined : gte(service.pricePerQuery, filter.minPrice),
    filter.maxPrice === undefined ? undefined : lte(service.pricePerQuery, filter.maxPrice),
    filter.minRatingX100 === undefined ? undefined : gte(service.ratingX100, filter.minRatingX100),
    filter.status === "all" ? undefined : eq(service.status, filter.status),
    filter.provider === undefined ? undefined : eq(service.provider, filter.provider),
  );
}

/** Each sort's columns; the service id breaks ties so pages never overlap. */
const SORT_COLUMNS = {
  newest: [service.id],
  price: [service.pricePerQuery, service.id],
  usage: [service.queries, service.id],
  rating: [service.ratingX100, service.ratingCount, service.id],
} as const;

/** A whole number from the path, or undefined. */
function pathId(raw: string): bigint | undefined {
  return /^\d{1,78}$/.test(raw) ? BigInt(raw) : undefined;
}

async function requestPage(
  filter: RequestFilter,
  serviceId: bigint | undefined,
): Promise<PaginatedResult<ServiceRequestWire>> {
  const rows = await db
    .select({ request: serviceRequest, name: service.name })
    .from(serviceRequest)
    .innerJoin(service, eq(service.id, serviceRequest.serviceId))
    .where(
      and(
        serviceId === undefined ? undefined : eq(serviceRequest.serviceId, serviceId),
        filter.payer === undefined ? undefined : eq(serviceRequest.payer, filter.payer),
      ),
    )
    .orderBy(desc(serviceRequest.id))
    .limit(filter.limit + 1)
    .offset((filter.page - 1) * filter.limit);
  return paginate(rows, { page: filter.page, pageSize: filter.limit }, (row) =>
    toRequestWire(row.request, row.name),
  );
}

export const serviceRoutes = new Hono();

serviceRoutes.get("/", async (c) => {
  const filter = parseServiceFilter((name) => c.req.query(name));
  const where = serviceWhere(filter);
  const direction = filter.order === "asc" ? asc : desc;
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(service)
      .where(where)
      .orderBy(...SORT_COLUMNS[filter.sort].map((column) => direction(column)))
      .limit(filter.limit + 1)
      .offset((filter.page - 1) * filter.limit),
    db.select({ total: count() }).from(service).where(where),
  ]);
  const result: ServicePageWire = {
    ...paginate(rows, { page: filter.page, pageSize: filter.limit }, toWire),
    total: Number(counted?.total ?? 0),
  };
  return c.json(result);
});

serviceRoutes.get("/:id", async (c) => {
  const id = pathId(c.req.param("id"));
  if (id === undefined) return c.json({ error: "id must be a service number" }, 400);
  const [rows, stars] = await Promise.all([
    db.select().from(service).where(eq(service.id, id)).limit(1),
    db
      .select({ rating: serviceRating.rating, n: count() })
      .from(serviceRating)
      .where(eq(serviceRating.serviceId, id))
      .groupBy(serviceRating.rating),
  ]);
  if (!rows[0]) return c.json({ error: `no service ${id}` }, 404);
  const distribution = [0, 0, 0, 0, 0];
  for (const s of stars) if (s.rating >= 1 && s.rating <= 5) distribution[s.rating - 1] = Number(s.n);
  const result: ServiceDetailWire = { service: toWire(rows[0]), stars: distribution };
  return c.json(result);
});

serviceRoutes.get("/:id/requests", async (c) => {
  const id = pathId(c.req.param("id"));
  if (id === undefined) return c.json({ error: "id must be a service number" }, 400);
  return c.json(
    await requestPage(
      parseRequestFilter((name) => c.req.query(name)),
      id,
    ),
  );
});

export const requestRoutes = new Hono();

requestRoutes.get("/", async (c) => {
  const filter = parseRequestFilter((name) => c.req.query(name));
  if (!filter.payer) return c.json({ error: "payer must be an address" }, 400);
  return c.json(await requestPage(filter, undefined));
});
