/**
 * DTAStreams events: one row per stream (its recipient follows the NFT) and its history line by line, the
 * source of the streams page's lists and CSV export.
 */
import { ponder, type Context, type Event } from "ponder:registry";
import { paymentStream, streamEvent } from "ponder:schema";
import { zeroAddress } from "viem";
import type { StreamEventKind } from "../../lib/indexer/dataTypes";
import { SCALE, totalDebtScaled } from "../../lib/streams/flow";

type StreamRow = typeof paymentStream.$inferSelect;

/** The row's snapshot as the contract's maths takes it (lib/streams/flow.ts mirrors StreamLedger). */
const snapshotOf = (row: StreamRow) => ({
  snapshotTime: row.snapshotTime,
  paused: row.state === "paused",
  stopped: row.state === "stopped",
  ratePerSecond: row.ratePerSecond,
  balance: row.balance,
  snapshotDebtScaled: row.snapshotDebtScaled,
});

interface Line {
  readonly streamId: bigint;
  readonly kind: StreamEventKind;
  readonly actor: `0x${string}`;
  readonly amount?: bigint;
  readonly extra?: bigint;
  readonly counterparty?: `0x${string}`;
}

async function recordLine(db: Context["db"], event: Event, line: Line): Promise<void> {
  await db.insert(streamEvent).values({
    id: event.id,
    streamId: line.streamId,
    kind: line.kind,
    actor: line.actor,
    amount: line.amount ?? null,
    extra: line.extra ?? null,
    counterparty: line.counterparty ?? null,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
}

ponder.on("DTAStreams:StreamOpened", async ({ event, context }) => {
  const { streamId, sender, recipient, ratePerSecond, deposit } = event.args;
  await context.db.insert(paymentStream).values({
    id: streamId,
    sender,
    recipient,
    ratePerSecond,
    state: "streaming",
    deposited: deposit,
    withdrawn: 0n,
    refunded: 0n,
    openedAt: event.block.timestamp,
    stoppedAt: null,
    balance: deposit,
    snapshotTime: event.block.timestamp,
    snapshotDebtScaled: 0n,
  });
  await recordLine(context.db, event, {
    streamId,
    kind: "opened",
    actor: sender,
    amount: deposit,
    counterparty: recipient,
  });
});

ponder.on("DTAStreams:StreamDeposited", async ({ event, context }) => {
  const { streamId, funder, amount, balance } = event.args;
  await context.db
    .update(paymentStream, { id: streamId })
    .set((row) => ({ deposited: row.deposited + amount, balance }));
  await recordLine(context.db, event, { streamId, kind: "deposited", actor: funder, amount });
});

ponder.on("DTAStreams:StreamWithdrawn", async ({ event, context }) => {
  const { streamId, to, caller, amount, balance } = event.args;
  const now = event.block.timestamp;
  await context.db.update(paymentStream, { id: streamId }).set((row) => {
    // As DTAStreams._withdraw: paying into the ongoing flow first brings it into the snapshot.
    const amountScaled = amount * SCALE;
    const flowing = amountScaled > row.snapshotDebtScaled;
    return {
      withdrawn: row.withdrawn + amount,
      balance,
      snapshotDebtScaled: flowing
        ? totalDebtScaled(snapshotOf(row), now) - amountScaled
        : row.snapshotDebtScaled - amountScaled,
      snapshotTime: flowing ? now : row.snapshotTime,
    };
  });
  await recordLine(context.db, event, {
    streamId,
    kind: "withdrawn",
    actor: caller,
    amount,
    counterparty: to,
  });
});

ponder.on("DTAStreams:StreamPaused", async ({ event, context }) => {
  const { streamId } = event.args;
  const now = event.block.timestamp;
  await context.db.update(paymentStream, { id: streamId }).set((row) => ({
    state: "paused",
    snapshotDebtScaled: totalDebtScaled(snapshotOf(row), now),
    snapshotTime: now,
  }));
  await recordLine(context.db, event, { streamId, kind: "paused", actor: event.transaction.from });
});

ponder.on("DTAStreams:StreamResumed", async ({ event, context }) => {
  const { streamId } = event.args;
  await context.db
    .update(paymentStream, { id: streamId })
    .set({ state: "streaming", snapshotTime: event.block.timestamp });
  await recordLine(context.db, event, { streamId, kind: "resumed", actor: event.transaction.from });
});

ponder.on("DTAStreams:StreamStopped", async ({ event, context }) => {
  const { streamId, by, recipient, toRecipient, refunded } = event.args;
  await context.db.update(paymentStream, { id: streamId }).set((row) => ({
    state: "stopped",
    withdrawn: row.withdrawn + toRecipient,
    refunded: row.refunded + refunded,
    stoppedAt: event.block.timestamp,
    balance: 0n,
    snapshotDebtScaled: 0n,
    snapshotTime: event.block.timestamp,
  }));
  await recordLine(context.db, event, {
    streamId,
    kind: "stopped",
    actor: by,
    amount: toRecipient,
    extra: refunded,
    counterparty: recipient,
  });
});

/** The mint is described by StreamOpened; a transfer moves the stream (and its payout) to the new owner. */
ponder.on("DTAStreams:Transfer", async ({ event, context }) => {
  const { from, to, tokenId } = event.args;
  if (from === zeroAddress || to === zeroAddress) return;
  await context.db.update(paymentStream, { id: tokenId }).set({ recipient: to });
  await recordLine(context.db, event, {
    streamId: tokenId,
    kind: "transferred",
    actor: from,
    counterparty: to,
  });
});
