/** BiveSwap: the swap history table and an activity row per swap. */
import { ponder } from "ponder:registry";
import { swap } from "ponder:schema";
import { recordActivity } from "./activity";

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
});
