/**
 * AIMarketplace events: the service catalogue (one row per service, with its usage, revenue and ratings), paid
 * requests with their split and response, current ratings, the provider pool's reservations (the bonus each
 * qualifying payment reserves) for the tokenomics runway, and the providers' and payers' "My activity" rows.
 */
import { ponder } from "ponder:registry";
import { service, serviceCategory, serviceRating, serviceRequest } from "ponder:schema";
import { SERVICE_CATEGORIES } from "../../lib/indexer/marketplaceTypes";
import { recordActivity } from "./activity";
import { addPoolFlow } from "./reservations";

/** ⌊sum × 100 / count⌋, 0 without ratings. */
function ratingX100(sum: number, count: number): number {
  return count === 0 ? 0 : Math.floor((sum * 100) / count);
}

ponder.on("AIMarketplace:CategoryAdded", async ({ event, context }) => {
  await context.db
    .insert(serviceCategory)
    .values({ id: event.args.categoryId, name: event.args.name })
    .onConflictDoUpdate({ name: event.args.name });
});

ponder.on("AIMarketplace:ServiceListed", async ({ event, context }) => {
  const { serviceId, provider, categoryId, name, metadataURI, pricePerQuery, listingFee } = event.args;
  const category =
    (await context.db.find(serviceCategory, { id: categoryId }))?.name ??
    SERVICE_CATEGORIES[categoryId] ??
    `Category ${categoryId}`;
  await context.db.insert(service).values({
    id: serviceId,
    provider,
    name,
    categoryId,
    category,
    metadataUri: metadataURI,
    pricePerQuery,
    status: "active",
    ratingSum: 0,
    ratingCount: 0,
    ratingX100: 0,
    queries: 0n,
    requests: 0,
    revenue: 0n,
    providerEarned: 0n,
    bonusEarned: 0n,
    listingFee,
    listedAt: event.block.timestamp,
    listedBlock: event.block.number,
  });
  await recordActivity(context.db, event, {
    account: provider,
    kind: "serviceListed",
    amount: listingFee,
    tokenId: serviceId,
  });
});

ponder.on("AIMarketplace:ServicePriceUpdated", async ({ event, context }) => {
  await context.db
    .update(service, { id: event.args.serviceId })
    .set({ pricePerQuery: event.args.pricePerQuery });
});

ponder.on("AIMarketplace:ServiceMetadataUpdated", async ({ event, context }) => {
  await context.db.update(service, { id: event.args.serviceId }).set({ metadataUri: event.args.metadataURI });
});

ponder.on("AIMarketplace:ServicePaused", async ({ event, context }) => {
  await context.db.update(service, { id: event.args.serviceId }).set({ status: "paused" });
});

ponder.on("AIMarketplace:ServiceResumed", async ({ event, context }) => {
  await context.db.update(service, { id: event.args.serviceId }).set({ status: "active" });
});

ponder.on("AIMarketplace:QueriesPaid", async ({ event, context }) => {
  const {
    requestId,
    serviceId,
    payer,
    queries,
    pricePerQuery,
    amount,
    burned,
    toPlatform,
    toProvider,
    bonus,
  } = event.args;
  await context.db.insert(serviceRequest).values({
    id: requestId,
    serviceId,
    payer,
    queries: Number(queries),
    pricePerQuery,
    amount,
    burned,
    toPlatform,
    toProvider,
    bonus,
    responseHash: null,
    respondedAt: null,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
  const row = await context.db.update(service, { id: serviceId }).set((s) => ({
    queries: s.queries + queries,
    requests: s.requests + 1,
    revenue: s.revenue + amount,
    providerEarned: s.providerEarned + toProvider,
    bonusEarned: s.bonusEarned + bonus,
  }));
  // The bonus is reserved from the provider pool at payment; claims pay out what was reserved (no pace).
  await addPoolFlow(context.db, "aiProvider", event.block.timestamp, { reserved: bonus });
  await recordActivity(context.db, event, {
    account: payer,
    kind: "queriesPaid",
    amount,
    extra: queries,
    tokenId: serviceId,
    side: "payer",
  });
  await recordActivity(context.db, event, {
    account: row.provider,
    kind: "queriesSold",
    amount: toProvider,
    extra: queries,
    tokenId: serviceId,
    side: "provider",
  });
});

ponder.on("AIMarketplace:ResponsePosted", async ({ event, context }) => {
  await context.db
    .update(serviceRequest, { id: event.args.requestId })
    .set({ responseHash: event.args.responseHash, respondedAt: event.block.timestamp });
});

ponder.on("AIMarketplace:ServiceRated", async ({ event, context }) => {
  const { serviceId, rater, rating, ratingSum, ratingCount } = event.args;
  const sum = Number(ratingSum);
  const count = Number(ratingCount);
  await context.db
    .update(service, { id: serviceId })
    .set({ ratingSum: sum, ratingCount: count, ratingX100: ratingX100(sum, count) });
  await context.db
    .insert(serviceRating)
    .values({ id: `${serviceId}:${rater}`, serviceId, rater, rating, timestamp: event.block.timestamp })
    .onConflictDoUpdate({ rating, timestamp: event.block.timestamp });
});

ponder.on("AIMarketplace:ProviderBonusClaimed", async ({ event, context }) => {
  await recordActivity(context.db, event, {
    account: event.args.provider,
    kind: "providerBonusClaimed",
    amount: event.args.amount,
  });
});
