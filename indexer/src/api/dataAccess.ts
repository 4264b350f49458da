/**
 * Data access and categories (wire format in lib/indexer/dataAccess.ts), and revenue distributed so far
 * (lib/indexer/revenue.ts):
 *   GET /data/access?contribution&buyer&granted=1&page&pageSize   buyers per restricted contribution
 *   GET /data/categories                                          the data categories by id
 *   GET /revenue/totals                                           RevenueDistributor's distributions summed
 */
import { Hono } from "hono";
import { db } from "ponder:api";
import { dataAccess, dataCategory, revenueTotals } from "ponder:schema";
import { and, asc, desc, eq } from "ponder";
import {
  parseDataAccessFilter,
  type DataAccessWire,
  type DataCategoryWire,
} from "../../../lib/indexer/dataAccess";
import type { RevenueTotalsWire } from "../../../lib/indexer/revenue";
import type { PaginatedResult } from "../../../lib/indexer/types";
import { paginate } from "./shared";

export const dataAccessRoutes = new Hono();
export const revenueRoutes = new Hono();

dataAccessRoutes.get("/access", async (c) => {
  const filter = parseDataAccessFilter((name) => c.req.query(name));
  const rows = await db
    .select()
    .from(dataAccess)
    .where(
      and(
        filter.contributionId !== undefined
          ? eq(dataAccess.contributionId, filter.contributionId)
          : undefined,
        filter.buyer ? eq(dataAccess.buyer, filter.buyer) : undefined,
        filter.grantedOnly ? eq(dataAccess.granted, true) : undefined,
      ),
    )
    .orderBy(desc(dataAccess.contributionId), asc(dataAccess.buyer))
    .limit(filter.pageSize + 1)
    .offset((filter.page - 1) * filter.pageSize);
  const result: PaginatedResult<DataAccessWire> = paginate(rows, filter, (row) => ({
    contributionId: row.contributionId.toString(),
    buyer: row.buyer,
    granted: row.granted,
    paid: row.paid,
    updatedAt: row.updatedAt.toString(),
  }));
  return c.json(result);
});

dataAccessRoutes.get("/categories", async (c) => {
  const rows = await db.select().from(dataCategory).orderBy(asc(dataCategory.id));
  const result: DataCategoryWire[] = rows.map((row) => ({ id: row.id, name: row.name }));
  return c.json(result);
});

revenueRoutes.get("/totals", async (c) => {
  const [row] = await db.select().from(revenueTotals).where(eq(revenueTotals.id, "total"));
  const result: RevenueTotalsWire = {
    distributions: row?.distributions ?? 0,
    amount: (row?.amount ?? 0n).toString(),
    toStaking: (row?.toStaking ?? 0n).toString(),
    toDevelopment: (row?.toDevelopment ?? 0n).toString(),
    toEcosystem: (row?.toEcosystem ?? 0n).toString(),
    burned: (row?.burned ?? 0n).toString(),
    lastAt: row ? row.lastAt.toString() : null,
  };
  return c.json(result);
});
