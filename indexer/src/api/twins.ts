/**
 * Twin routes (wire format in lib/indexer/twinTypes.ts):
 *   GET /twins?type&category&owner&status&sort&page&pageSize   one page of twins (withdrawn ones only by status)
 *   GET /twins/settings                                       governance's twin types and rate bounds
 *   GET /twins/:id                                            a twin and its quality history
 *   GET /twins/:id/jobs?buyer&page&pageSize                   its simulation jobs, newest first
 */
import { Hono } from "hono";
import { db } from "ponder:api";
import { twin, twinJob, twinQuality, twinRateBounds, twinType } from "ponder:schema";
import { and, asc, desc, eq, ne } from "ponder";
import { parseJobFilter, parseTwinFilter } from "../../../lib/indexer/twinParams";
import type {
  JobStatus,
  QualityPointWire,
  TwinDetailWire,
  TwinJobWire,
  TwinStatus,
  TwinWire,
} from "../../../lib/indexer/twinTypes";
import type { TwinSettingsWire } from "../../../lib/indexer/twinSettings";
import type { PaginatedResult } from "../../../lib/indexer/types";
import { origin, paginate } from "./shared";

type TwinRow = typeof twin.$inferSelect;

function toWire(row: TwinRow): TwinWire {
  return {
    id: row.id.toString(),
    owner: row.owner,
    typeId: row.typeId,
    category: row.category,
    metadataUri: row.metadataUri,
    quality: row.quality,
    status: row.status as TwinStatus,
    ratePerHour: row.ratePerHour.toString(),
    bond: row.bond.toString(),
    jobsDone: row.jobsDone,
    openJobs: row.openJobs,
    earnings: row.earnings.toString(),
    rewardsClaimed: row.rewardsClaimed.toString(),
    jobEarnings: row.jobEarnings.toString(),
    lastSync: row.lastSync?.toString() ?? null,
    earnsUntil: row.earnsUntil.toString(),
    multiplierPct: row.multiplierPct,
    cooldownEnds: row.cooldownEnds.toString(),
    deviceKey: row.deviceKey,
    registeredAt: row.registeredAt.toString(),
    registeredBlock: row.registeredBlock.toString(),
  };
}

const SORT_COLUMN = {
  newest: twin.id,
  quality: twin.quality,
  rate: twin.ratePerHour,
  jobs: twin.jobsDone,
} as const;

/** A twin id from the path, or undefined when it is not a whole number. */
function twinId(raw: string): bigint | undefined {
  return /^\d{1,78}$/.test(raw) ? BigInt(raw) : undefined;
}

export const twinRoutes = new Hono();

twinRoutes.get("/", async (c) => {
  const filter = parseTwinFilter((name) => c.req.query(name));
  const rows = await db
    .select()
    .from(twin)
    .where(
      and(
        filter.type === undefined ? undefined : eq(twin.typeId, filter.type),
        filter.category === undefined ? undefined : eq(twin.categoryKey, filter.category),
        filter.owner === undefined ? undefined : eq(twin.owner, filter.owner),
        // A withdrawn twin is burned: listed only when asked for by its status.
        filter.status === undefined ? ne(twin.status, "withdrawn") : eq(twin.status, filter.status),
      ),
    )
    .orderBy(desc(SORT_COLUMN[filter.sort]), desc(twin.id))
    .limit(filter.pageSize + 1)
    .offset((filter.page - 1) * filter.pageSize);
  const result: PaginatedResult<TwinWire> = paginate(rows, filter, toWire);
  return c.json(result);
});

/** TwinSimulations' initial bounds (0.01 and 100 DTA per hour), in force until governance sets others. */
const INITIAL_RATE_BOUNDS = { minRatePerHour: "100", maxRatePerHour: "1000000", updatedAt: null } as const;

twinRoutes.get("/settings", async (c) => {
  const [types, [bounds]] = await Promise.all([
    db.select().from(twinType).orderBy(asc(twinType.id)),
    db.select().from(twinRateBounds).limit(1),
  ]);
  const result: TwinSettingsWire = {
    types: types.map((t) => ({ id: t.id, name: t.name })),
    rateBounds: bounds
      ? {
          minRatePerHour: bounds.minRatePerHour.toString(),
          maxRatePerHour: bounds.maxRatePerHour.toString(),
          updatedAt: bounds.updatedAt.toString(),
        }
      : INITIAL_RATE_BOUNDS,
  };
  return c.json(result);
});

twinRoutes.get("/:id", async (c) => {
  const id = twinId(c.req.param("id"));
  if (id === undefined) return c.json({ error: "id must be a twin number" }, 400);
  const row = await db.select().from(twin).where(eq(twin.id, id)).limit(1);
  if (!row[0]) return c.json({ error: `no twin ${id}` }, 404);
  const points = await db
    .select()
    .from(twinQuality)
    .where(eq(twinQuality.twinId, id))
    .orderBy(asc(twinQuality.blockNumber), asc(twinQuality.logIndex));
  const result: TwinDetailWire = {
    twin: toWire(row[0]),
    quality: points.map((p): QualityPointWire => ({
      score: p.score,
      previous: p.previous,
      reasonHash: p.reasonHash,
      timestamp: p.timestamp.toString(),
      blockNumber: p.blockNumber.toString(),
    })),
  };
  return c.json(result);
});

twinRoutes.get("/:id/jobs", async (c) => {
  const id = twinId(c.req.param("id"));
  if (id === undefined) return c.json({ error: "id must be a twin number" }, 400);
  const filter = parseJobFilter((name) => c.req.query(name));
  const rows = await db
    .select()
    .from(twinJob)
    .where(
      and(eq(twinJob.twinId, id), filter.buyer === undefined ? undefined : eq(twinJob.buyer, filter.buyer)),
    )
    .orderBy(desc(twinJob.id))
    .limit(filter.pageSize + 1)
    .offset((filter.page - 1) * filter.pageSize);
  const result: PaginatedResult<TwinJobWire> = paginate(rows, filter, (row) => ({
    ...origin({ ...row, id: row.id.toString() }),
    jobId: row.id.toString(),
    twinId: row.twinId.toString(),
    buyer: row.buyer,
    hours: row.hours,
    ratePerHour: row.ratePerHour.toString(),
    paid: row.paid.toString(),
    status: row.status as JobStatus,
    deadline: row.deadline.toString(),
    resultHash: row.resultHash,
    burned: row.burned?.toString() ?? null,
    toPlatform: row.toPlatform?.toString() ?? null,
    toOwner: row.toOwner?.toString() ?? null,
  }));
  return c.json(result);
});
