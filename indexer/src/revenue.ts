/**
 * RevenueDistributor's distributions, summed: what went to the staking rewards pool, platform development and
 * ecosystem growth, and what was burned — the tokenomics page's split "so far" as the chain recorded it.
 */
import { ponder } from "ponder:registry";
import { revenueTotals } from "ponder:schema";

ponder.on("RevenueDistributor:RevenueDistributed", async ({ event, context }) => {
  const { amount, toStaking, toDevelopment, toEcosystem, burned } = event.args;
  const at = event.block.timestamp;
  await context.db
    .insert(revenueTotals)
    .values({
      id: "total",
      distributions: 1,
      amount,
      toStaking,
      toDevelopment,
      toEcosystem,
      burned,
      lastAt: at,
    })
    .onConflictDoUpdate((row) => ({
      distributions: row.distributions + 1,
      amount: row.amount + amount,
      toStaking: row.toStaking + toStaking,
      toDevelopment: row.toDevelopment + toDevelopment,
      toEcosystem: row.toEcosystem + toEcosystem,
      burned: row.burned + burned,
      lastAt: at,
    }));
});
