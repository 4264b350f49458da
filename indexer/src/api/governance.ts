/**
 * Governance routes (wire format in lib/indexer/governanceTypes.ts, parameters in governanceParams.ts):
 *   GET /governance/proposals?state&page&pageSize   one page of proposals (newest first), counts per state
 *   GET /governance/proposals/:id                   one proposal with its tallies
 *   GET /governance/proposals/:id/votes?page&pageSize   its votes with reasons, heaviest first
 *   GET /governance/delegates?page&pageSize         delegates ranked by voting power, with participation
 *   GET /governance/treasury                        what executed proposals spent and burned per bucket
 * States are derived from the indexed events and the chain's latest block time the way the governor does
 * (lib/governance/state.ts).
 */
import { Hono } from "hono";
import { db, publicClients } from "ponder:api";
import { governanceDelegate, governorSettings, proposal, proposalTally, proposalVote } from "ponder:schema";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, sum } from "ponder";
import { optionLabelsFor } from "../../../lib/governance/description";
import { PROPOSAL_STATES, proposalState, type ProposalState } from "../../../lib/governance/state";
import { parseProposalFilter } from "../../../lib/indexer/governanceParams";
import { parsePageParams } from "../../../lib/indexer/params";
import {
  COMMITTEES,
  type DelegatePageWire,
  type DepositStateName,
  type ProposalDetailWire,
  type ProposalPageWire,
  type ProposalWire,
  type VoteWire,
} from "../../../lib/indexer/governanceTypes";
import type { PaginatedResult } from "../../../lib/indexer/types";
import { origin, paginate } from "./shared";
import { treasuryRoute } from "./treasury";

type ProposalRow = typeof proposal.$inferSelect;
type TallyRow = typeof proposalTally.$inferSelect;

/** The governor's default queue window (14 days) until its QueueWindowUpdated event is indexed. */
const DEFAULT_QUEUE_WINDOW = 14n * 86_400n;

export async function governanceClock(): Promise<{ now: bigint; queueWindow: bigint }> {
  const [block, settings] = await Promise.all([
    publicClients.local.getBlock({ blockTag: "latest" }),
    db.select().from(governorSettings).where(eq(governorSettings.id, "current")).limit(1),
  ]);
  return { now: block.timestamp, queueWindow: settings[0]?.queueWindow ?? DEFAULT_QUEUE_WINDOW };
}

function stateOf(row: ProposalRow, now: bigint, queueWindow: bigint): ProposalState {
  return proposalState(row, now, queueWindow);
}

function toWire(row: ProposalRow, tallies: readonly TallyRow[], state: ProposalState): ProposalWire {
  const labels = optionLabelsFor(row.optionCount, { optionLabels: row.optionLabels });
  return {
    id: row.id.toString(),
    proposer: row.proposer,
    committee: COMMITTEES[row.committee] ?? "Technical",
    kind: row.optionCount === 0 ? "forAgainstAbstain" : "multiOption",
    title: row.title,
    description: row.description,
    state,
    options: labels.map((label, index) => {
      const t = tallies.find((tally) => tally.option === index);
      return {
        index,
        label,
        raw: (t?.raw ?? 0n).toString(),
        sqrtWeight: (t?.sqrtWeight ?? 0n).toString(),
        voters: t?.voters ?? 0,
      };
    }),
    actions: row.actions,
    upgradeMask: row.upgradeMask,
    upgradeApproved: row.upgradeApproved,
    snapshot: row.snapshot.toString(),
    deadline: row.deadline.toString(),
    deposit: row.deposit.toString(),
    depositState: row.depositState as DepositStateName,
    quorum: row.quorum?.toString() ?? null,
    participation: row.participation.toString(),
    voters: row.voters,
    vetoedBy: row.vetoedBy,
    eta: row.eta?.toString() ?? null,
    createdAt: row.createdAt.toString(),
    createdBlock: row.createdBlock.toString(),
    createdTx: row.createdTx,
    canceledAt: row.canceledAt?.toString() ?? null,
    queuedAt: row.queuedAt?.toString() ?? null,
    executedAt: row.executedAt?.toString() ?? null,
    executedTx: row.executedTx,
    depositSettledAt: row.depositSettledAt?.toString() ?? null,
  };
}

async function talliesOf(ids: readonly bigint[]): Promise<TallyRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(proposalTally)
    .where(inArray(proposalTally.proposalId, [...ids]));
}

/** A whole number from the path, or undefined. */
function pathId(raw: string): bigint | undefined {
  return /^\d{1,78}$/.test(raw) ? BigInt(raw) : undefined;
}

export const governanceRoutes = new Hono();

governanceRoutes.get("/proposals", async (c) => {
  const filter = parseProposalFilter((name) => c.req.query(name));
  const [{ now, queueWindow }, rows] = await Promise.all([
    governanceClock(),
    db.select().from(proposal).orderBy(desc(proposal.createdBlock), desc(proposal.id)),
  ]);
  const counts = Object.fromEntries(PROPOSAL_STATES.map((s) => [s, 0])) as Record<ProposalState, number>;
  const withState = rows.map((row) => {
    const state = stateOf(row, now, queueWindow);
    counts[state] += 1;
    return { row, state };
  });
  const matching = filter.state ? withState.filter((p) => p.state === filter.state) : withState;
  const start = (filter.page - 1) * filter.pageSize;
  const slice = matching.slice(start, start + filter.pageSize + 1);
  const tallies = await talliesOf(slice.slice(0, filter.pageSize).map((p) => p.row.id));
  const result: ProposalPageWire = {
    ...paginate(slice, filter, (p) =>
      toWire(
        p.row,
        tallies.filter((t) => t.proposalId === p.row.id),
        p.state,
      ),
    ),
    counts,
    total: matching.length,
    now: now.toString(),
    queueWindow: queueWindow.toString(),
  };
  return c.json(result);
});

governanceRoutes.get("/proposals/:id", async (c) => {
  const id = pathId(c.req.param("id"));
  if (id === undefined) return c.json({ error: "id must be a proposal number" }, 400);
  const [{ now, queueWindow }, rows, tallies] = await Promise.all([
    governanceClock(),
    db.select().from(proposal).where(eq(proposal.id, id)).limit(1),
    talliesOf([id]),
  ]);
  const row = rows[0];
  if (!row) return c.json({ error: `no proposal ${id}` }, 404);
  const result: ProposalDetailWire = {
    proposal: toWire(row, tallies, stateOf(row, now, queueWindow)),
    now: now.toString(),
    queueWindow: queueWindow.toString(),
  };
  return c.json(result);
});

governanceRoutes.get("/proposals/:id/votes", async (c) => {
  const id = pathId(c.req.param("id"));
  if (id === undefined) return c.json({ error: "id must be a proposal number" }, 400);
  const params = parsePageParams((name) => c.req.query(name));
  const rows = await db
    .select()
    .from(proposalVote)
    .where(eq(proposalVote.proposalId, id))
    .orderBy(desc(proposalVote.raw), asc(proposalVote.blockNumber), asc(proposalVote.logIndex))
    .limit(params.pageSize + 1)
    .offset((params.page - 1) * params.pageSize);
  const result: PaginatedResult<VoteWire> = paginate(rows, params, (row) => ({
    ...origin(row),
    proposalId: row.proposalId.toString(),
    voter: row.voter,
    option: row.option,
    raw: row.raw.toString(),
    sqrtWeight: row.sqrtWeight.toString(),
    reason: row.reason,
  }));
  return c.json(result);
});

governanceRoutes.get("/delegates", async (c) => {
  const params = parsePageParams((name) => c.req.query(name));
  const withPower = gt(governanceDelegate.power, 0n);
  const [{ now }, rows, [totals], finishedRows] = await Promise.all([
    governanceClock(),
    db
      .select()
      .from(governanceDelegate)
      .where(withPower)
      .orderBy(desc(governanceDelegate.power), asc(governanceDelegate.id))
      .limit(params.pageSize + 1)
      .offset((params.page - 1) * params.pageSize),
    db
      .select({ n: count(), power: sum(governanceDelegate.power) })
      .from(governanceDelegate)
      .where(withPower),
    db
      .select({ id: proposal.id, snapshot: proposal.snapshot, deadline: proposal.deadline })
      .from(proposal)
      .where(and(eq(proposal.canceled, false), isNotNull(proposal.snapshot))),
  ]);
  const finished = finishedRows.filter((p) => p.deadline < now);
  const page = rows.slice(0, params.pageSize);
  const votes =
    page.length === 0 || finished.length === 0
      ? []
      : await db
          .select({ voter: proposalVote.voter, proposalId: proposalVote.proposalId })
          .from(proposalVote)
          .where(
            and(
              inArray(
                proposalVote.voter,
                page.map((d) => d.id),
              ),
              inArray(
                proposalVote.proposalId,
                finished.map((p) => p.id),
              ),
            ),
          );
  const result: DelegatePageWire = {
    ...paginate(rows, params, (d) => {
      const since = d.firstPowerAt;
      const eligible = since === null ? [] : finished.filter((p) => p.snapshot >= since);
      const eligibleIds = new Set(eligible.map((p) => p.id));
      return {
        address: d.id,
        power: d.power.toString(),
        delegators: d.delegators,
        finished: eligible.length,
        voted: votes.filter((v) => v.voter === d.id && eligibleIds.has(v.proposalId)).length,
        firstPowerAt: d.firstPowerAt?.toString() ?? null,
      };
    }),
    total: Number(totals?.n ?? 0),
    totalPower: String(totals?.power ?? "0"),
    firstRank: (params.page - 1) * params.pageSize + 1,
  };
  return c.json(result);
});

governanceRoutes.get("/treasury", treasuryRoute);
