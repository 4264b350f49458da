/**
 * Data-economy routes (wire format in lib/indexer/dataTypes.ts):
 *   GET /data/contributions?contributor&status&page&pageSize   one page of contributions, newest first
 *   GET /streams?account&role&page&pageSize                    one page of streams (sent, received or either)
 *   GET /streams/:id/events?page&pageSize                      a stream's history in chain order (CSV export)
 */
import { Hono } from "hono";
import { db } from "ponder:api";
import { dataContribution, paymentStream, streamEvent } from "ponder:schema";
import { and, asc, desc, eq, or } from "ponder";
import { parseContributionFilter, parseId, parseStreamFilter } from "../../../lib/indexer/dataParams";
import { parsePageParams } from "../../../lib/indexer/params";
import type {
  ContributionStatus,
  ContributionWire,
  Licence,
  StreamEventKind,
  StreamEventWire,
  StreamState,
  StreamWire,
} from "../../../lib/indexer/dataTypes";
import type { PaginatedResult } from "../../../lib/indexer/types";
import { origin, paginate } from "./shared";

export const dataRoutes = new Hono();
export const streamRoutes = new Hono();

dataRoutes.get("/contributions", async (c) => {
  const filter = parseContributionFilter((name) => c.req.query(name));
  const rows = await db
    .select()
    .from(dataContribution)
    .where(
      and(
        filter.contributor ? eq(dataContribution.contributor, filter.contributor) : undefined,
        filter.status ? eq(dataContribution.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(dataContribution.id))
    .limit(filter.pageSize + 1)
    .offset((filter.page - 1) * filter.pageSize);
  const result: PaginatedResult<ContributionWire> = paginate(rows, filter, (row) => ({
    id: row.id.toString(),
    contributor: row.contributor,
    categoryId: row.categoryId,
    dataHash: row.dataHash,
    licence: row.licence as Licence,
    premiumPrice: row.premiumPrice.toString(),
    status: row.status as ContributionStatus,
    score: row.score,
    multiplierBps: row.multiplierBps,
    reward: row.reward.toString(),
    rewardNeeded: row.rewardNeeded?.toString() ?? null,
    premiumsPaid: row.premiumsPaid,
    premiumEarnings: row.premiumEarnings.toString(),
    submittedAt: row.submittedAt.toString(),
    scoredAt: row.scoredAt?.toString() ?? null,
  }));
  return c.json(result);
});

streamRoutes.get("/", async (c) => {
  const filter = parseStreamFilter((name) => c.req.query(name));
  const { account, role } = filter;
  const byAccount = !account
    ? undefined
    : role === "sent"
      ? eq(paymentStream.sender, account)
      : role === "received"
        ? eq(paymentStream.recipient, account)
        : or(eq(paymentStream.sender, account), eq(paymentStream.recipient, account));
  const rows = await db
    .select()
    .from(paymentStream)
    .where(byAccount)
    .orderBy(desc(paymentStream.id))
    .limit(filter.pageSize + 1)
    .offset((filter.page - 1) * filter.pageSize);
  const result: PaginatedResult<StreamWire> = paginate(rows, filter, (row) => ({
    id: row.id.toString(),
    sender: row.sender,
    recipient: row.recipient,
    ratePerSecond: row.ratePerSecond.toString(),
    state: row.state as StreamState,
    deposited: row.deposited.toString(),
    withdrawn: row.withdrawn.toString(),
    refunded: row.refunded.toString(),
    openedAt: row.openedAt.toString(),
    stoppedAt: row.stoppedAt?.toString() ?? null,
    balance: row.balance.toString(),
    snapshotTime: row.snapshotTime.toString(),
    snapshotDebtScaled: row.snapshotDebtScaled.toString(),
  }));
  return c.json(result);
});

streamRoutes.get("/:id/events", async (c) => {
  const id = parseId(c.req.param("id"));
  if (id === undefined) return c.json({ error: "id must be a whole number" }, 400);
  const params = parsePageParams((name) => c.req.query(name));
  const rows = await db
    .select()
    .from(streamEvent)
    .where(eq(streamEvent.streamId, id))
    .orderBy(asc(streamEvent.blockNumber), asc(streamEvent.logIndex))
    .limit(params.pageSize + 1)
    .offset((params.page - 1) * params.pageSize);
  const result: PaginatedResult<StreamEventWire> = paginate(rows, params, (row) => ({
    ...origin(row),
    streamId: row.streamId.toString(),
    kind: row.kind as StreamEventKind,
    actor: row.actor,
    amount: row.amount?.toString() ?? null,
    extra: row.extra?.toString() ?? null,
    counterparty: row.counterparty,
  }));
  return c.json(result);
});
