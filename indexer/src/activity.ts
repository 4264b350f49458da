/**
 * The one way a row enters "My activity": every event handler calls `recordActivity`, so a new event is one
 * handler with one call.
 */
import type { Context, Event } from "ponder:registry";
import { activity } from "ponder:schema";
import type { ActivityKind } from "../../lib/indexer/types";

interface ActivityFigures {
  readonly account: `0x${string}`;
  readonly kind: ActivityKind;
  readonly amount: bigint;
  readonly extra?: bigint;
  readonly counterparty?: `0x${string}`;
  readonly tokenId?: bigint;
  /** Distinguishes two rows from one log (a transfer's sender and receiver). */
  readonly side?: string;
}

export async function recordActivity(db: Context["db"], event: Event, row: ActivityFigures): Promise<void> {
  await db.insert(activity).values({
    id: row.side ? `${event.id}-${row.side}` : event.id,
    account: row.account,
    kind: row.kind,
    amount: row.amount,
    extra: row.extra ?? null,
    counterparty: row.counterparty ?? null,
    tokenId: row.tokenId ?? null,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
}
