/**
 * The indexer's typed HTTP routes (wire format in lib/indexer/types.ts). Ponder adds /health, /ready and
 * /status (the indexed block per chain) next to these.
 */
import { Hono, type Context as HonoContext } from "hono";
import { db } from "ponder:api";
import { activity, poolDay, supplyDay, swap } from "ponder:schema";
import { and, asc, between, desc, eq, inArray, min } from "ponder";
import {
  parseAccount,
  parseActivityFilter,
  parseDayRange,
  parsePageParams,
} from "../../../lib/indexer/params";
import { origin, paginate } from "./shared";
import { twinRoutes } from "./twins";
import { dataRoutes, streamRoutes } from "./data";
import { dataAccessRoutes, revenueRoutes } from "./dataAccess";
import { requestRoutes, serviceRoutes } from "./marketplace";
import { governanceRoutes } from "./governance";
import { notificationRoutes } from "./notifications";
import type {
  ActivityKind,
  ActivityWire,
  PaginatedResult,
  PoolReservationsWire,
  ReservingPool,
  SupplyHistoryWire,
  SwapWire,
} from "../../../lib/indexer/types";

const app = new Hono();

function query(c: HonoContext) {
  return (name: string) => c.req.query(name);
}

app.get("/activity", async (c) => {
  const account = parseAccount(query(c));
  if (!account) return c.json({ error: "account must be an address" }, 400);
  const filter = parseActivityFilter(query(c));
  const order = filter.sort === "newest" ? desc : asc;
  const rows = await db
    .select()
    .from(activity)
    .where(
      and(
        eq(activity.account, account),
        filter.kinds.length > 0 ? inArray(activity.kind, [...filter.kinds]) : undefined,
      ),
    )
    .orderBy(order(activity.blockNumber), order(activity.logIndex), order(activity.id))
    .limit(filter.pageSize + 1)
    .offset((filter.page - 1) * filter.pageSize);
  const result: PaginatedResult<ActivityWire> = paginate(rows, filter, (row) => ({
    ...origin(row),
    account: row.account,
    kind: row.kind as ActivityKind,
    amount: row.amount.toString(),
    extra: row.extra?.toString() ?? null,
    counterparty: row.counterparty,
    tokenId: row.tokenId?.toString() ?? null,
  }));
  return c.json(result);
});

app.get("/swaps", async (c) => {
  const account = parseAccount(query(c));
  if (!account) return c.json({ error: "account must be an address" }, 400);
  const params = parsePageParams(query(c));
  const order = params.sort === "newest" ? desc : asc;
  const rows = await db
    .select()
    .from(swap)
    .where(eq(swap.account, account))
    .orderBy(order(swap.blockNumber), order(swap.logIndex))
    .limit(params.pageSize + 1)
    .offset((params.page - 1) * params.pageSize);
  const result: PaginatedResult<SwapWire> = paginate(rows, params, (row) => ({
    ...origin(row),
    account: row.account,
    biveAmount: row.biveAmount.toString(),
    dtaAmount: row.dtaAmount.toString(),
    bonus: row.bonus.toString(),
  }));
  return c.json(result);
});

app.get("/supply-history", async (c) => {
  const rows = await db.select().from(supplyDay).orderBy(asc(supplyDay.day));
  const result: SupplyHistoryWire = {
    days: rows.map((row) => ({
      day: row.day,
      totalSupply: row.totalSupply.toString(),
      burnedTotal: row.burnedTotal.toString(),
      burnedThatDay: row.burnedThatDay.toString(),
    })),
  };
  return c.json(result);
});

/** Each reward pool's reservations by day in `fromDay`–`toDay` (UTC days), and the genesis day: the runway's pace. */
app.get("/pool-reservations", async (c) => {
  const range = parseDayRange(query(c));
  const [rows, [genesis]] = await Promise.all([
    db
      .select()
      .from(poolDay)
      .where(between(poolDay.day, range.fromDay, range.toDay))
      .orderBy(asc(poolDay.day), asc(poolDay.pool)),
    db.select({ day: min(supplyDay.day) }).from(supplyDay),
  ]);
  const result: PoolReservationsWire = {
    genesisDay: genesis?.day ?? null,
    days: rows.map((row) => ({
      pool: row.pool as ReservingPool,
      day: row.day,
      reserved: row.reserved.toString(),
      released: row.released.toString(),
    })),
  };
  return c.json(result);
});
app.route("/twins", twinRoutes);
app.route("/data", dataRoutes);
app.route("/data", dataAccessRoutes);
app.route("/revenue", revenueRoutes);
app.route("/streams", streamRoutes);
app.route("/services", serviceRoutes);
app.route("/requests", requestRoutes);
app.route("/governance", governanceRoutes);
app.route("/notifications", notificationRoutes);

export default app;
