/** TwinRegistry's governance settings: the twin types it accepts and the simulation rate bounds. */
import { ponder } from "ponder:registry";
import { twinRateBounds, twinType } from "ponder:schema";

ponder.on("TwinRegistry:TwinTypeAdded", async ({ event, context }) => {
  await context.db.insert(twinType).values({ id: event.args.typeId, name: event.args.name });
});

ponder.on("TwinRegistry:RateBoundsUpdated", async ({ event, context }) => {
  const row = {
    minRatePerHour: event.args.minRatePerHour,
    maxRatePerHour: event.args.maxRatePerHour,
    updatedAt: event.block.timestamp,
  };
  await context.db
    .insert(twinRateBounds)
    .values({ id: "current", ...row })
    .onConflictDoUpdate(row);
});
