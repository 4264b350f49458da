/**
 * DTAStreams events: one row per stream (its recipient follows the NFT) and its history line by line, the
 * source of the streams page's lists and CSV export.
 */
import { ponder, type Context, type Event } from "ponder:registry";
import { paymentStream, streamEvent } from "ponder:schema";
import { zeroAddress } from "viem";
import type { StreamEventKind } from "../../lib/indexer/dataTypes";

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
  const { streamId, funder, amount } = event.args;
  await context.db
    .update(paymentStream, { id: streamId })
    .set((row) => ({ deposited: row.deposited + amount }));
  await recordLine(context.db, event, { streamId, kind: "deposited", actor: funder, amount });
});

ponder.on("DTAStreams:StreamWithdrawn", async ({ event, context }) => {
  const { streamId, to, caller, amount } = event.args;
  await context.db
    .update(paymentStream, { id: streamId })
    .set((row) => ({ withdrawn: row.withdrawn + amount }));
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
  await context.db.update(paymentStream, { id: streamId }).set({ state: "paused" });
  await recordLine(context.db, event, { streamId, kind: "paused", actor: event.transaction.from });
});

ponder.on("DTAStreams:StreamResumed", async ({ event, context }) => {
  const { streamId } = event.args;
  await context.db.update(paymentStream, { id: streamId }).set({ state: "streaming" });
  await recordLine(context.db, event, { streamId, kind: "resumed", actor: event.transaction.from });
});

ponder.on("DTAStreams:StreamStopped", async ({ event, context }) => {
  const { streamId, by, recipient, toRecipient, refunded } = event.args;
  await context.db.update(paymentStream, { id: streamId }).set((row) => ({
    state: "stopped",
    withdrawn: row.withdrawn + toRecipient,
    refunded: row.refunded + refunded,
    stoppedAt: event.block.timestamp,
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
