/**
 * The dashboard's notifications (wire format in lib/indexer/notificationTypes.ts, rules in
 * lib/notifications/compose.ts):
 *   GET /notifications/:account?now   what needs the account, newest first, at the chain's latest block time
 *                                     (or at `now`, chain seconds, to look ahead)
 * "Can vote" is exact: the account's voting power at each Active proposal's snapshot is read from the
 * governor (`getVotes`, what `castVote` counts), since the indexer keeps only each delegate's current power.
 */
import { Hono } from "hono";
import { db, publicClients } from "ponder:api";
import { paymentStream, proposal, proposalVote, twin, twinJob, twinQuality } from "ponder:schema";
import { and, desc, eq, inArray, ne, or } from "ponder";
import { isAddress, type Address } from "viem";
import deployedContracts from "../../../lib/contracts/generated/deployedContracts";
import {
  composeNotifications,
  needsVotingPower,
  type ProposalFacts,
} from "../../../lib/notifications/compose";
import type { NotificationsWire } from "../../../lib/indexer/notificationTypes";
import { flowStateOf } from "../../../lib/streams/summary";
import type { StreamState } from "../../../lib/indexer/dataTypes";
import { governanceClock } from "./governance";

const governor = deployedContracts["31337"].DTAGovernor;

/** The account's voting power at each proposal's snapshot (at the latest past second when it is ahead). */
async function powerAtSnapshots(
  account: Address,
  proposals: readonly ProposalFacts[],
  chainNow: bigint,
): Promise<Map<bigint, bigint>> {
  const entries = await Promise.all(
    proposals.map(async (p) => {
      const timepoint = p.snapshot < chainNow ? p.snapshot : chainNow - 1n;
      const power = await publicClients.local.readContract({
        address: governor.address,
        abi: governor.abi,
        functionName: "getVotes",
        args: [account, timepoint],
      });
      return [p.id, power] as const;
    }),
  );
  return new Map(entries);
}

async function latestScores(twinIds: readonly bigint[]): Promise<Map<bigint, bigint>> {
  if (twinIds.length === 0) return new Map();
  const rows = await db
    .select({ twinId: twinQuality.twinId, timestamp: twinQuality.timestamp })
    .from(twinQuality)
    .where(inArray(twinQuality.twinId, [...twinIds]))
    .orderBy(desc(twinQuality.blockNumber), desc(twinQuality.logIndex));
  const latest = new Map<bigint, bigint>();
  for (const row of rows) if (!latest.has(row.twinId)) latest.set(row.twinId, row.timestamp);
  return latest;
}

export const notificationRoutes = new Hono();

notificationRoutes.get("/:account", async (c) => {
  const raw = c.req.param("account");
  if (!isAddress(raw, { strict: false })) return c.json({ error: "account must be an address" }, 400);
  const account = raw.toLowerCase() as Address;
  const nowParam = c.req.query("now");
  if (nowParam !== undefined && !/^\d{1,20}$/.test(nowParam)) {
    return c.json({ error: "now must be chain seconds" }, 400);
  }
  const [clock, proposals, votes, twins, streams, jobsBought] = await Promise.all([
    governanceClock(),
    db.select().from(proposal),
    db
      .select({ proposalId: proposalVote.proposalId })
      .from(proposalVote)
      .where(eq(proposalVote.voter, account)),
    db.select().from(twin).where(eq(twin.owner, account)),
    db
      .select()
      .from(paymentStream)
      .where(
        and(
          ne(paymentStream.state, "stopped"),
          or(eq(paymentStream.sender, account), eq(paymentStream.recipient, account)),
        ),
      ),
    db
      .select()
      .from(twinJob)
      .where(and(eq(twinJob.buyer, account), eq(twinJob.status, "open"))),
  ]);
  const now = nowParam === undefined ? clock.now : BigInt(nowParam);
  const votedOn = new Set(votes.map((v) => v.proposalId));
  const suspended = twins.filter((t) => t.status === "suspended").map((t) => t.id);
  const [powerAtSnapshot, scoredAt, jobsToServe] = await Promise.all([
    powerAtSnapshots(
      account,
      proposals.filter((p) => needsVotingPower(p, votedOn, now, clock.queueWindow)),
      clock.now,
    ),
    latestScores(suspended),
    twins.length === 0
      ? []
      : db
          .select()
          .from(twinJob)
          .where(
            and(
              inArray(
                twinJob.twinId,
                twins.map((t) => t.id),
              ),
              eq(twinJob.status, "open"),
            ),
          ),
  ]);
  const items = composeNotifications({
    account,
    now,
    queueWindow: clock.queueWindow,
    proposals,
    votedOn,
    powerAtSnapshot,
    twins: twins.map((t) => ({
      id: t.id,
      status: t.status,
      quality: t.quality,
      scoredAt: scoredAt.get(t.id) ?? null,
    })),
    jobsToServe,
    jobsBought,
    streams: streams.map((s) => ({
      ...flowStateOf({ ...s, state: s.state as StreamState }),
      id: s.id,
      sender: s.sender,
      recipient: s.recipient,
    })),
  });
  const result: NotificationsWire = {
    account,
    now: now.toString(),
    items: items.map((n) => ({ ...n, at: n.at.toString(), endsAt: n.endsAt?.toString() ?? null })),
  };
  return c.json(result);
});
