/**
 * Indexed tables. Amounts are bigint base units (DTA 4 decimals, BIVE 18); addresses are stored lower-case.
 */
import { index, onchainTable } from "ponder";

/** One row per thing that happened to an account: the "My activity" list. */
export const activity = onchainTable(
  "activity",
  (t) => ({
    /** The log's id, suffixed with the side for a transfer (one log can be a row for sender and receiver). */
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    kind: t.text().notNull(),
    amount: t.bigint().notNull(),
    extra: t.bigint(),
    counterparty: t.hex(),
    tokenId: t.bigint(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({
    byAccount: index().on(table.account, table.blockNumber, table.logIndex),
    byKind: index().on(table.account, table.kind),
  }),
);

/** BiveSwap's Swapped events, for the swap page's history. */
export const swap = onchainTable(
  "swap",
  (t) => ({
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    biveAmount: t.bigint().notNull(),
    dtaAmount: t.bigint().notNull(),
    bonus: t.bigint().notNull(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ byAccount: index().on(table.account, table.blockNumber, table.logIndex) }),
);

/** Running DTA totals (one row, id "DTA"): what each day's snapshot copies. */
export const tokenTotals = onchainTable("token_totals", (t) => ({
  id: t.text().primaryKey(),
  totalSupply: t.bigint().notNull(),
  burnedTotal: t.bigint().notNull(),
}));

/** DTA supply and burns at the end of each UTC day that had a mint or a burn: the supply-vs-burned chart. */
export const supplyDay = onchainTable("supply_day", (t) => ({
  /** Days since 1970-01-01 (UTC). */
  day: t.integer().primaryKey(),
  totalSupply: t.bigint().notNull(),
  burnedTotal: t.bigint().notNull(),
  burnedThatDay: t.bigint().notNull(),
}));
