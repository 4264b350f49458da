/**
 * Indexed tables. Amounts are bigint base units (DTA 4 decimals, BIVE 18); addresses are stored lower-case.
 */
import { index, onchainTable } from "ponder";

/** One row per thing that happened to an account: the "My activity" list. */
export const activity = onchainTable(
  "activity",
  (t) => ({
    /** The log's id, suffixed with the side for a transfer (one log can be a row for sender and receiver). */
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    kind: t.text().notNull(),
    amount: t.bigint().notNull(),
    extra: t.bigint(),
    counterparty: t.hex(),
    tokenId: t.bigint(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({
    byAccount: index().on(table.account, table.blockNumber, table.logIndex),
    byKind: index().on(table.account, table.kind),
  }),
);

/** BiveSwap's Swapped events, for the swap page's history. */
export const swap = onchainTable(
  "swap",
  (t) => ({
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    biveAmount: t.bigint().notNull(),
    dtaAmount: t.bigint().notNull(),
    bonus: t.bigint().notNull(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ byAccount: index().on(table.account, table.blockNumber, table.logIndex) }),
);

/** Running DTA totals (one row, id "DTA"): what each day's snapshot copies. */
export const tokenTotals = onchainTable("token_totals", (t) => ({
  id: t.text().primaryKey(),
  totalSupply: t.bigint().notNull(),
  burnedTotal: t.bigint().notNull(),
}));

/** DTA supply and burns at the end of each UTC day that had a mint or a burn: the supply-vs-burned chart. */
export const supplyDay = onchainTable("supply_day", (t) => ({
  /** Days since 1970-01-01 (UTC). */
  day: t.integer().primaryKey(),
  totalSupply: t.bigint().notNull(),
  burnedTotal: t.bigint().notNull(),
  burnedThatDay: t.bigint().notNull(),
}));

/**
 * Each reward pool's reservations by UTC day: what the pool committed (`reserved`) and what came back to it
 * (`released`), in DTA base units — the runway's pace. Staking: rewards reserved by stakes, compounds and
 * top-ups, less the unpaid reserve a compound, top-up or early unstake releases. BIVE swap pool and early bonus
 * pool: the DTA and the bonus each swap pays (released stays 0).
 */
export const poolDay = onchainTable(
  "pool_day",
  (t) => ({
    /** `${pool}:${day}`. */
    id: t.text().primaryKey(),
    pool: t.text().notNull(),
    /** Days since 1970-01-01 (UTC). */
    day: t.integer().notNull(),
    reserved: t.bigint().notNull(),
    released: t.bigint().notNull(),
  }),
  (table) => ({ byDay: index().on(table.day) }),
);

/**
 * Each staking position's current reward segment, so a compound or top-up knows how much of the old reserve it
 * releases (its event names only the new reserve).
 */
export const stakeSegment = onchainTable("stake_segment", (t) => ({
  tokenId: t.bigint().primaryKey(),
  reserved: t.bigint().notNull(),
  claimed: t.bigint().notNull(),
}));
// ─── Digital twins (indexer/src/twins.ts) ─────────────────────────────────────────────────────────────────

/** One row per twin ever registered; a withdrawn twin keeps its row with status "withdrawn". */
export const twin = onchainTable(
  "twin",
  (t) => ({
    id: t.bigint().primaryKey(),
    owner: t.hex().notNull(),
    typeId: t.integer().notNull(),
    category: t.text().notNull(),
    /** Trimmed, lower-cased category: what the category filter matches. */
    categoryKey: t.text().notNull(),
    metadataUri: t.text().notNull(),
    quality: t.integer().notNull(),
    /** active · suspended · deregistering · withdrawn (lib/indexer/twinTypes.ts). */
    status: t.text().notNull(),
    ratePerHour: t.bigint().notNull(),
    bond: t.bigint().notNull(),
    jobsDone: t.integer().notNull(),
    openJobs: t.integer().notNull(),
    rewardsClaimed: t.bigint().notNull(),
    jobEarnings: t.bigint().notNull(),
    earnings: t.bigint().notNull(),
    lastSync: t.bigint(),
    earnsUntil: t.bigint().notNull(),
    multiplierPct: t.integer().notNull(),
    cooldownEnds: t.bigint().notNull(),
    deviceKey: t.hex(),
    registeredAt: t.bigint().notNull(),
    registeredBlock: t.bigint().notNull(),
  }),
  (table) => ({
    byOwner: index().on(table.owner),
    byType: index().on(table.typeId),
    byCategory: index().on(table.categoryKey),
    byQuality: index().on(table.quality, table.id),
    byRate: index().on(table.ratePerHour, table.id),
    byJobs: index().on(table.jobsDone, table.id),
  }),
);

/** Every quality score a twin had, starting with 100 at registration. */
export const twinQuality = onchainTable(
  "twin_quality",
  (t) => ({
    id: t.text().primaryKey(),
    twinId: t.bigint().notNull(),
    score: t.integer().notNull(),
    previous: t.integer(),
    reasonHash: t.hex(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ byTwin: index().on(table.twinId, table.blockNumber, table.logIndex) }),
);

/** Simulation jobs: escrowed while open, then completed (split), declined or reclaimed (refunded). */
export const twinJob = onchainTable(
  "twin_job",
  (t) => ({
    id: t.bigint().primaryKey(),
    twinId: t.bigint().notNull(),
    buyer: t.hex().notNull(),
    hours: t.integer().notNull(),
    ratePerHour: t.bigint().notNull(),
    paid: t.bigint().notNull(),
    /** open · completed · declined · reclaimed. */
    status: t.text().notNull(),
    deadline: t.bigint().notNull(),
    resultHash: t.hex(),
    burned: t.bigint(),
    toPlatform: t.bigint(),
    toOwner: t.bigint(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({
    byTwin: index().on(table.twinId, table.id),
    byBuyer: index().on(table.buyer, table.id),
  }),
);

// ─── Data economy (indexer/src/data.ts, indexer/src/streams.ts) ──────────────────────────────────────────

/** One row per data contribution: hash, category, licence and score (never the data). */
export const dataContribution = onchainTable(
  "data_contribution",
  (t) => ({
    id: t.bigint().primaryKey(),
    contributor: t.hex().notNull(),
    categoryId: t.integer().notNull(),
    dataHash: t.hex().notNull(),
    /** open · restricted. */
    licence: t.text().notNull(),
    premiumPrice: t.bigint().notNull(),
    /** pending · scored. */
    status: t.text().notNull(),
    score: t.integer(),
    multiplierBps: t.integer(),
    reward: t.bigint().notNull(),
    /** What the score earned when the data pool could not cover it all (`DataPoolShort.needed`), else null. */
    rewardNeeded: t.bigint(),
    premiumsPaid: t.integer().notNull(),
    premiumEarnings: t.bigint().notNull(),
    submittedAt: t.bigint().notNull(),
    scoredAt: t.bigint(),
  }),
  (table) => ({
    byContributor: index().on(table.contributor, table.id),
    byStatus: index().on(table.status, table.id),
  }),
);

/** One row per payment stream; its recipient follows the stream NFT. */
export const paymentStream = onchainTable(
  "payment_stream",
  (t) => ({
    id: t.bigint().primaryKey(),
    sender: t.hex().notNull(),
    recipient: t.hex().notNull(),
    ratePerSecond: t.bigint().notNull(),
    /** streaming · paused · stopped. */
    state: t.text().notNull(),
    deposited: t.bigint().notNull(),
    withdrawn: t.bigint().notNull(),
    refunded: t.bigint().notNull(),
    openedAt: t.bigint().notNull(),
    stoppedAt: t.bigint(),
    /** The contract's snapshot (streamOf), mirrored event by event: with the rate and the chain's clock a page
     *  computes the flowing balance, debt and runs-dry time with no chain read (lib/streams/flow.ts). */
    balance: t.bigint().notNull(),
    snapshotTime: t.bigint().notNull(),
    snapshotDebtScaled: t.bigint().notNull(),
  }),
  (table) => ({
    bySender: index().on(table.sender, table.id),
    byRecipient: index().on(table.recipient, table.id),
  }),
);

/** Every stream event, in chain order: the stream's payment history (CSV export). */
export const streamEvent = onchainTable(
  "stream_event",
  (t) => ({
    id: t.text().primaryKey(),
    streamId: t.bigint().notNull(),
    kind: t.text().notNull(),
    actor: t.hex().notNull(),
    amount: t.bigint(),
    extra: t.bigint(),
    counterparty: t.hex(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ byStream: index().on(table.streamId, table.blockNumber, table.logIndex) }),
);

// ─── AI service marketplace (indexer/src/marketplace.ts) ─────────────────────────────────────────────────

/** The marketplace's categories by id (CategoryAdded; the seven SPEC ones come from its constructor). */
export const serviceCategory = onchainTable("service_category", (t) => ({
  id: t.integer().primaryKey(),
  name: t.text().notNull(),
}));

/** One row per listed service; a paused service keeps its row with status "paused". */
export const service = onchainTable(
  "service",
  (t) => ({
    id: t.bigint().primaryKey(),
    provider: t.hex().notNull(),
    name: t.text().notNull(),
    categoryId: t.integer().notNull(),
    category: t.text().notNull(),
    metadataUri: t.text().notNull(),
    pricePerQuery: t.bigint().notNull(),
    /** active · paused (lib/indexer/marketplaceTypes.ts). */
    status: t.text().notNull(),
    ratingSum: t.integer().notNull(),
    ratingCount: t.integer().notNull(),
    /** ⌊average × 100⌋ (0 without ratings): what the rating sort and the minimum-rating filter use. */
    ratingX100: t.integer().notNull(),
    queries: t.bigint().notNull(),
    requests: t.integer().notNull(),
    revenue: t.bigint().notNull(),
    providerEarned: t.bigint().notNull(),
    bonusEarned: t.bigint().notNull(),
    listingFee: t.bigint().notNull(),
    listedAt: t.bigint().notNull(),
    listedBlock: t.bigint().notNull(),
  }),
  (table) => ({
    byProvider: index().on(table.provider),
    byCategory: index().on(table.categoryId),
    byStatus: index().on(table.status, table.id),
    byRating: index().on(table.ratingX100, table.ratingCount, table.id),
    byPrice: index().on(table.pricePerQuery, table.id),
    byUsage: index().on(table.queries, table.id),
  }),
);

/** Paid requests: the payment's split, the bonus it reserved, and the response once posted. */
export const serviceRequest = onchainTable(
  "service_request",
  (t) => ({
    id: t.bigint().primaryKey(),
    serviceId: t.bigint().notNull(),
    payer: t.hex().notNull(),
    queries: t.integer().notNull(),
    pricePerQuery: t.bigint().notNull(),
    amount: t.bigint().notNull(),
    burned: t.bigint().notNull(),
    toPlatform: t.bigint().notNull(),
    toProvider: t.bigint().notNull(),
    bonus: t.bigint().notNull(),
    responseHash: t.hex(),
    respondedAt: t.bigint(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({
    byService: index().on(table.serviceId, table.id),
    byPayer: index().on(table.payer, table.id),
  }),
);

/** Each payer's current rating of each service (a new rating replaces the old). */
export const serviceRating = onchainTable(
  "service_rating",
  (t) => ({
    /** `${serviceId}:${rater}`. */
    id: t.text().primaryKey(),
    serviceId: t.bigint().notNull(),
    rater: t.hex().notNull(),
    rating: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ byService: index().on(table.serviceId) }),
);

// ─── Twin pool reservations and governance settings (indexer/src/twinReserves.ts) ──────────────────────────

/**
 * Each twin's open reward window as TwinRewards keeps it, so a sync, a quality change or a deregistration knows
 * how much of the previous reserve it releases (its event names only the new reserve): the reserve left, the
 * time accrual was settled to, the window's end and its rate in percent of the base reward.
 */
export const twinReserve = onchainTable("twin_reserve", (t) => ({
  twinId: t.bigint().primaryKey(),
  reserved: t.bigint().notNull(),
  accruedAt: t.bigint().notNull(),
  windowEnd: t.bigint().notNull(),
  multiplierPct: t.integer().notNull(),
}));

/** The twin types governance has added (the constructor's SPEC list first), by id. */
export const twinType = onchainTable("twin_type", (t) => ({
  id: t.integer().primaryKey(),
  name: t.text().notNull(),
}));

/** The simulation rate bounds governance last set (one row, id "current"; none until RateBoundsUpdated). */
export const twinRateBounds = onchainTable("twin_rate_bounds", (t) => ({
  id: t.text().primaryKey(),
  minRatePerHour: t.bigint().notNull(),
  maxRatePerHour: t.bigint().notNull(),
  updatedAt: t.bigint().notNull(),
}));

// Governance tables (indexer/src/governance*.ts) live in their own file.
export * from "./governance.schema";
// Data access, data categories and revenue distributed (indexer/src/dataAccess.ts, revenue.ts).
export * from "./dataAccess.schema";
