/**
 * DataContributions events: one row per contribution (submitted, scored, premiums paid). A score reserves its
 * reward from the data pool (the tokenomics runway); grants, revocations and categories are in dataAccess.ts.
 */
import { ponder } from "ponder:registry";
import { dataContribution } from "ponder:schema";
import { markPremiumPaid } from "./dataAccess";
import { addPoolFlow } from "./reservations";

/** IDataContributions.Licence by index. */
const LICENCES = ["open", "restricted"] as const;

ponder.on("DataContributions:ContributionSubmitted", async ({ event, context }) => {
  const { contributionId, contributor, categoryId, dataHash, licence, premiumPrice } = event.args;
  await context.db.insert(dataContribution).values({
    id: contributionId,
    contributor,
    categoryId,
    dataHash,
    licence: LICENCES[licence] ?? "open",
    premiumPrice,
    status: "pending",
    score: null,
    multiplierBps: null,
    reward: 0n,
    rewardNeeded: null,
    premiumsPaid: 0,
    premiumEarnings: 0n,
    submittedAt: event.block.timestamp,
    scoredAt: null,
  });
});

ponder.on("DataContributions:ContributionScored", async ({ event, context }) => {
  const { contributionId, score, multiplierBps, reward } = event.args;
  await context.db.update(dataContribution, { id: contributionId }).set({
    status: "scored",
    score,
    multiplierBps: Number(multiplierBps),
    reward,
    scoredAt: event.block.timestamp,
  });
  await addPoolFlow(context.db, "dataRewards", event.block.timestamp, { reserved: reward });
});

/** The pool gave less than the score earned (emitted before ContributionScored, in the same call). */
ponder.on("DataContributions:DataPoolShort", async ({ event, context }) => {
  await context.db
    .update(dataContribution, { id: event.args.contributionId })
    .set({ rewardNeeded: event.args.needed });
});

ponder.on("DataContributions:PremiumPriceUpdated", async ({ event, context }) => {
  const { contributionId, premiumPrice } = event.args;
  await context.db.update(dataContribution, { id: contributionId }).set({ premiumPrice });
});

ponder.on("DataContributions:PremiumPaid", async ({ event, context }) => {
  const { contributionId, buyer, toContributor } = event.args;
  await context.db.update(dataContribution, { id: contributionId }).set((row) => ({
    premiumsPaid: row.premiumsPaid + 1,
    premiumEarnings: row.premiumEarnings + toContributor,
  }));
  await markPremiumPaid(context.db, contributionId, buyer, event.block.timestamp);
});
