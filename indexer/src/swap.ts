/**
 * BiveSwap: the swap history table, an activity row per swap and per unused-bonus return, and the swap and
 * bonus pools' payouts by day (their runway).
 */
import { ponder } from "ponder:registry";
import { swap } from "ponder:schema";
import { recordActivity } from "./activity";
import { addPoolFlow } from "./reservations";

ponder.on("BiveSwap:Swapped", async ({ event, context }) => {
  const { account, biveAmount, dtaAmount, bonus } = event.args;
  await context.db.insert(swap).values({
    id: event.id,
    account,
    biveAmount,
    dtaAmount,
    bonus,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
  // The DTA received is the swap plus its bonus; the BIVE paid is the second figure.
  await recordActivity(context.db, event, {
    account,
    kind: "swapped",
    amount: dtaAmount + bonus,
    extra: biveAmount,
  });
  await addPoolFlow(context.db, "biveSwap", event.block.timestamp, { reserved: dtaAmount });
  await addPoolFlow(context.db, "biveBonus", event.block.timestamp, { reserved: bonus });
});

/**
 * After the bonus window anyone may send the unused bonus to the timelock: a row for the caller who triggered
 * it and one for the timelock that received it (its DTA transfer from the swap is not listed separately).
 */
ponder.on("BiveSwap:UnusedBonusReturned", async ({ event, context }) => {
  const { caller, timelock, amount } = event.args;
  await recordActivity(context.db, event, {
    account: caller,
    kind: "unusedBonusReturned",
    amount,
    counterparty: timelock,
    side: "caller",
  });
  await recordActivity(context.db, event, {
    account: timelock,
    kind: "received",
    amount,
    counterparty: event.log.address,
    side: "timelock",
  });
});
