/**
 * TwinRegistry events: the twin list (one row per twin), its quality history, simulation jobs, and the
 * owners' and buyers' "My activity" rows.
 */
import { ponder, type Context } from "ponder:registry";
import { twin, twinJob, twinQuality } from "ponder:schema";
import { zeroAddress } from "viem";
import { categoryKey } from "../../lib/indexer/twinParams";
import type { TwinStatus } from "../../lib/indexer/twinTypes";
import { recordActivity } from "./activity";
import { reserveTwinWindow, settleTwinReserve } from "./twinReserves";

/** TwinSimulations.DEFAULT_RATE_PER_HOUR (0.1 DTA): every twin starts at it; SimulationRateUpdated moves it. */
const DEFAULT_RATE_PER_HOUR = 1_000n;
/** TwinRewards.SUSPEND_BELOW. */
const SUSPEND_BELOW = 50;

function statusOf(quality: number, cooldownEnds: bigint): TwinStatus {
  if (cooldownEnds !== 0n) return "deregistering";
  return quality < SUSPEND_BELOW ? "suspended" : "active";
}

type Db = Context["db"];

async function ownerOf(db: Db, twinId: bigint): Promise<`0x${string}` | undefined> {
  return (await db.find(twin, { id: twinId }))?.owner;
}

ponder.on("TwinRegistry:TwinRegistered", async ({ event, context }) => {
  const { twinId, owner, typeId, category, metadataURI, bond } = event.args;
  await context.db.insert(twin).values({
    id: twinId,
    owner,
    typeId,
    category,
    categoryKey: categoryKey(category),
    metadataUri: metadataURI,
    quality: 100,
    status: "active",
    ratePerHour: DEFAULT_RATE_PER_HOUR,
    bond,
    jobsDone: 0,
    openJobs: 0,
    rewardsClaimed: 0n,
    jobEarnings: 0n,
    earnings: 0n,
    lastSync: null,
    earnsUntil: 0n,
    multiplierPct: 0,
    cooldownEnds: 0n,
    deviceKey: null,
    registeredAt: event.block.timestamp,
    registeredBlock: event.block.number,
  });
  await context.db.insert(twinQuality).values({
    id: event.id,
    twinId,
    score: 100,
    previous: null,
    reasonHash: null,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
  await recordActivity(context.db, event, {
    account: owner,
    kind: "twinRegistered",
    amount: bond,
    tokenId: twinId,
  });
});

/** Mints and burns are described by TwinRegistered and BondWithdrawn; a transfer moves the twin. */
ponder.on("TwinRegistry:Transfer", async ({ event, context }) => {
  const { from, to, tokenId } = event.args;
  if (from === zeroAddress || to === zeroAddress) return;
  await context.db.update(twin, { id: tokenId }).set({ owner: to });
});

ponder.on("TwinRegistry:MetadataUpdated", async ({ event, context }) => {
  await context.db.update(twin, { id: event.args.twinId }).set({ metadataUri: event.args.metadataURI });
});

ponder.on("TwinRegistry:DeviceKeyUpdated", async ({ event, context }) => {
  const { twinId, deviceKey } = event.args;
  await context.db
    .update(twin, { id: twinId })
    .set({ deviceKey: deviceKey === zeroAddress ? null : deviceKey });
});

ponder.on("TwinRegistry:DataSynced", async ({ event, context }) => {
  const { twinId, earnsUntil, multiplierPct, reserved } = event.args;
  await context.db
    .update(twin, { id: twinId })
    .set({ lastSync: event.block.timestamp, earnsUntil: BigInt(earnsUntil), multiplierPct });
  await reserveTwinWindow(context.db, event.block.timestamp, {
    twinId,
    windowEnd: BigInt(earnsUntil),
    multiplierPct,
    reserved,
    sync: true,
  });
});

ponder.on("TwinRegistry:RewardWindowUpdated", async ({ event, context }) => {
  const { twinId, earnsUntil, multiplierPct, reserved } = event.args;
  await context.db.update(twin, { id: twinId }).set({ earnsUntil: BigInt(earnsUntil), multiplierPct });
  await reserveTwinWindow(context.db, event.block.timestamp, {
    twinId,
    windowEnd: BigInt(earnsUntil),
    multiplierPct,
    reserved,
    sync: false,
  });
});

ponder.on("TwinRegistry:RewardsClaimed", async ({ event, context }) => {
  const { twinId, owner, amount } = event.args;
  await settleTwinReserve(context.db, twinId, event.block.timestamp);
  await context.db.update(twin, { id: twinId }).set((row) => ({
    rewardsClaimed: row.rewardsClaimed + amount,
    earnings: row.earnings + amount,
  }));
  await recordActivity(context.db, event, {
    account: owner,
    kind: "twinRewardsClaimed",
    amount,
    tokenId: twinId,
  });
});

ponder.on("TwinRegistry:QualityUpdated", async ({ event, context }) => {
  const { twinId, previousScore, score, reasonHash } = event.args;
  await context.db
    .update(twin, { id: twinId })
    .set((row) => ({ quality: score, status: statusOf(score, row.cooldownEnds) }));
  await context.db.insert(twinQuality).values({
    id: event.id,
    twinId,
    score,
    previous: previousScore,
    reasonHash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
});

ponder.on("TwinRegistry:TwinSlashed", async ({ event, context }) => {
  const { twinId, amount, bondLeft } = event.args;
  await context.db.update(twin, { id: twinId }).set({ bond: bondLeft });
  const owner = await ownerOf(context.db, twinId);
  if (owner)
    await recordActivity(context.db, event, { account: owner, kind: "twinSlashed", amount, tokenId: twinId });
});

ponder.on("TwinRegistry:SimulationRateUpdated", async ({ event, context }) => {
  await context.db.update(twin, { id: event.args.twinId }).set({ ratePerHour: event.args.ratePerHour });
});

ponder.on("TwinRegistry:SimulationPurchased", async ({ event, context }) => {
  const { jobId, twinId, buyer, hoursBought, ratePerHour, amount, deadline } = event.args;
  await context.db.insert(twinJob).values({
    id: jobId,
    twinId,
    buyer,
    hours: Number(hoursBought),
    ratePerHour,
    paid: amount,
    status: "open",
    deadline: BigInt(deadline),
    resultHash: null,
    burned: null,
    toPlatform: null,
    toOwner: null,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
  await context.db.update(twin, { id: twinId }).set((row) => ({ openJobs: row.openJobs + 1 }));
  await recordActivity(context.db, event, {
    account: buyer,
    kind: "simulationBought",
    amount,
    extra: hoursBought,
    tokenId: twinId,
  });
});

ponder.on("TwinRegistry:JobCompleted", async ({ event, context }) => {
  const { jobId, twinId, owner, resultHash, burned, toPlatform, toOwner } = event.args;
  await context.db
    .update(twinJob, { id: jobId })
    .set({ status: "completed", resultHash, burned, toPlatform, toOwner });
  await context.db.update(twin, { id: twinId }).set((row) => ({
    openJobs: row.openJobs - 1,
    jobsDone: row.jobsDone + 1,
    jobEarnings: row.jobEarnings + toOwner,
    earnings: row.earnings + toOwner,
  }));
  await recordActivity(context.db, event, {
    account: owner,
    kind: "simulationPaid",
    amount: toOwner,
    extra: burned,
    tokenId: twinId,
  });
});

async function refund(
  db: Db,
  event: Parameters<typeof recordActivity>[1],
  status: "declined" | "reclaimed",
  args: { jobId: bigint; twinId: bigint; buyer: `0x${string}`; refund: bigint },
): Promise<void> {
  await db.update(twinJob, { id: args.jobId }).set({ status });
  await db.update(twin, { id: args.twinId }).set((row) => ({ openJobs: row.openJobs - 1 }));
  await recordActivity(db, event, {
    account: args.buyer,
    kind: "simulationRefunded",
    amount: args.refund,
    tokenId: args.twinId,
  });
}

ponder.on("TwinRegistry:JobDeclined", async ({ event, context }) => {
  await refund(context.db, event, "declined", event.args);
});

ponder.on("TwinRegistry:JobReclaimed", async ({ event, context }) => {
  await refund(context.db, event, "reclaimed", event.args);
});

ponder.on("TwinRegistry:DeregistrationStarted", async ({ event, context }) => {
  const { twinId, cooldownEnds } = event.args;
  await context.db
    .update(twin, { id: twinId })
    .set({ cooldownEnds: BigInt(cooldownEnds), status: "deregistering" });
});

ponder.on("TwinRegistry:BondWithdrawn", async ({ event, context }) => {
  const { twinId, owner, bond, rewards } = event.args;
  await context.db.update(twin, { id: twinId }).set((row) => ({
    status: "withdrawn",
    bond: 0n,
    rewardsClaimed: row.rewardsClaimed + rewards,
    earnings: row.earnings + rewards,
    deviceKey: null,
  }));
  await recordActivity(context.db, event, {
    account: owner,
    kind: "twinBondReturned",
    amount: bond,
    extra: rewards,
    tokenId: twinId,
  });
});
