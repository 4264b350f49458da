/**
 * Who may buy each restricted contribution: the contributor's grants and revocations (the events an off-chain
 * data host enforces), and whether each buyer paid the premium. Also the data categories by id.
 */
import { ponder, type Context } from "ponder:registry";
import { dataAccess, dataCategory } from "ponder:schema";

const rowId = (contributionId: bigint, buyer: string) => `${contributionId}:${buyer.toLowerCase()}`;

async function setGranted(
  db: Context["db"],
  contributionId: bigint,
  buyer: `0x${string}`,
  granted: boolean,
  at: bigint,
): Promise<void> {
  await db
    .insert(dataAccess)
    .values({
      id: rowId(contributionId, buyer),
      contributionId,
      buyer: buyer.toLowerCase() as `0x${string}`,
      granted,
      paid: false,
      updatedAt: at,
    })
    .onConflictDoUpdate({ granted, updatedAt: at });
}

/** A premium paid (data.ts's PremiumPaid handler): the buyer was approved, so the row exists. */
export async function markPremiumPaid(
  db: Context["db"],
  contributionId: bigint,
  buyer: `0x${string}`,
  at: bigint,
): Promise<void> {
  await db
    .insert(dataAccess)
    .values({
      id: rowId(contributionId, buyer),
      contributionId,
      buyer: buyer.toLowerCase() as `0x${string}`,
      granted: true,
      paid: true,
      updatedAt: at,
    })
    .onConflictDoUpdate({ paid: true, updatedAt: at });
}

ponder.on("DataContributions:AccessGranted", async ({ event, context }) => {
  const { contributionId, buyer } = event.args;
  await setGranted(context.db, contributionId, buyer, true, event.block.timestamp);
});

ponder.on("DataContributions:AccessRevoked", async ({ event, context }) => {
  const { contributionId, buyer } = event.args;
  await setGranted(context.db, contributionId, buyer, false, event.block.timestamp);
});

ponder.on("DataContributions:DataCategoryAdded", async ({ event, context }) => {
  const { categoryId, name } = event.args;
  await context.db.insert(dataCategory).values({ id: categoryId, name }).onConflictDoUpdate({ name });
});
