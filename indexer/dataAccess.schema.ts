import { index, onchainTable } from "ponder";

// ─── Data access, data categories and revenue distributed (indexer/src/dataAccess.ts, revenue.ts) ──────────

/** Per restricted contribution and buyer: approved now (grant/revoke), and premium paid. */
export const dataAccess = onchainTable(
  "data_access",
  (t) => ({
    /** `${contributionId}:${buyer}`. */
    id: t.text().primaryKey(),
    contributionId: t.bigint().notNull(),
    buyer: t.hex().notNull(),
    granted: t.boolean().notNull(),
    paid: t.boolean().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({
    byContribution: index().on(table.contributionId, table.buyer),
    byBuyer: index().on(table.buyer, table.contributionId),
  }),
);

/** DataContributions' categories by id (DataCategoryAdded; the constructor's list first). */
export const dataCategory = onchainTable("data_category", (t) => ({
  id: t.integer().primaryKey(),
  name: t.text().notNull(),
}));

/** RevenueDistributor's distributions summed (one row, id "total"): the 40/30/20/10 split so far. */
export const revenueTotals = onchainTable("revenue_totals", (t) => ({
  id: t.text().primaryKey(),
  distributions: t.integer().notNull(),
  amount: t.bigint().notNull(),
  toStaking: t.bigint().notNull(),
  toDevelopment: t.bigint().notNull(),
  toEcosystem: t.bigint().notNull(),
  burned: t.bigint().notNull(),
  lastAt: t.bigint().notNull(),
}));
