/**
 * GET /governance/treasury: the timelock's DTA flows, split into what executed proposals spent or burned
 * (per bucket: the one the proposal's description names, treasury & partnerships by default, burns from
 * burn & reserve) and what moved without a proposal (revenue in, returned bonus; on the local chain, the
 * seed's grants). The genesis transfer is the timelock's first inflow.
 */
import type { Context as HonoContext } from "hono";
import { db } from "ponder:api";
import { proposal, treasuryFlow } from "ponder:schema";
import { asc, isNotNull } from "ponder";
import { parseProposalText } from "../../../lib/governance/description";
import {
  DEFAULT_GRANT_BUCKET,
  TREASURY_BUCKET_IDS,
  type TreasuryBucketId,
} from "../../../lib/governance/treasury";
import type { TreasuryMovementWire, TreasuryWire } from "../../../lib/indexer/governanceTypes";
import { origin } from "./shared";

/** Newest proposal-caused movements listed. */
const MOVEMENTS_LISTED = 100;

export async function treasuryRoute(c: HonoContext) {
  const [flows, executed] = await Promise.all([
    db.select().from(treasuryFlow).orderBy(asc(treasuryFlow.blockNumber), asc(treasuryFlow.logIndex)),
    db
      .select({
        id: proposal.id,
        title: proposal.title,
        description: proposal.description,
        tx: proposal.executedTx,
      })
      .from(proposal)
      .where(isNotNull(proposal.executedTx)),
  ]);
  const byTx = new Map(executed.map((p) => [p.tx, p]));
  const perBucket = new Map<TreasuryBucketId, { spent: bigint; burned: bigint }>(
    TREASURY_BUCKET_IDS.map((b) => [b, { spent: 0n, burned: 0n }]),
  );
  const movements: TreasuryMovementWire[] = [];
  let genesis: bigint | null = null;
  let otherIn = 0n;
  let otherOut = 0n;
  for (const flow of flows) {
    const cause = flow.direction === "out" ? byTx.get(flow.txHash) : undefined;
    if (!cause) {
      if (flow.direction === "in" && genesis === null) genesis = flow.amount;
      else if (flow.direction === "in") otherIn += flow.amount;
      else otherOut += flow.amount;
      continue;
    }
    const bucket = flow.burned
      ? "burnReserve"
      : (parseProposalText(cause.description).bucket ?? DEFAULT_GRANT_BUCKET);
    const totals = perBucket.get(bucket)!;
    if (flow.burned) totals.burned += flow.amount;
    else totals.spent += flow.amount;
    movements.push({
      ...origin(flow),
      proposalId: cause.id.toString(),
      title: cause.title,
      bucket,
      counterparty: flow.counterparty,
      amount: flow.amount.toString(),
      burned: flow.burned,
    });
  }
  const result: TreasuryWire = {
    byBucket: [...perBucket].map(([bucket, t]) => ({
      bucket,
      spent: t.spent.toString(),
      burned: t.burned.toString(),
    })),
    genesis: (genesis ?? 0n).toString(),
    otherIn: otherIn.toString(),
    otherOut: otherOut.toString(),
    movements: movements.reverse().slice(0, MOVEMENTS_LISTED),
  };
  return c.json(result);
}
