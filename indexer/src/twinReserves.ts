/**
 * The twin pool's reservations (the tokenomics runway): TwinRewards reserves each reward window's reward when a
 * sync opens it and re-reserves the rest of it when quality changes or the twin deregisters, releasing the
 * reserve it held. Its events name only the new reserve, so this mirrors the contract's per-twin accrual (settled
 * in the same pieces, rounded the same way) to know what each one releases.
 */
import type { Context } from "ponder:registry";
import { twinReserve } from "ponder:schema";
import { addPoolFlow } from "./reservations";

type Db = Context["db"];

/** TwinRewards.REWARD_PER_PERIOD (50 DTA) per REWARD_PERIOD (30 days). */
const REWARD_PER_PERIOD = 500_000n;
const REWARD_PERIOD = 30n * 86_400n;

/** TwinRewards.rewardFor: `duration` seconds at `multiplierPct` percent of the base rate, rounded down. */
export function twinRewardFor(duration: bigint, multiplierPct: number): bigint {
  return (duration * REWARD_PER_PERIOD * BigInt(multiplierPct)) / (REWARD_PERIOD * 100n);
}

type Reserve = typeof twinReserve.$inferSelect;

/** TwinRewards._settle at `now`: what accrued moves out of the reserve; accrual is settled up to now (or the window's end). */
function settled(row: Reserve, now: bigint): Reserve {
  const end = now < row.windowEnd ? now : row.windowEnd;
  let accrued = 0n;
  if (row.multiplierPct !== 0 && end > row.accruedAt) {
    const amount = twinRewardFor(end - row.accruedAt, row.multiplierPct);
    accrued = amount < row.reserved ? amount : row.reserved;
  }
  return { ...row, reserved: row.reserved - accrued, accruedAt: end > row.accruedAt ? end : row.accruedAt };
}

/**
 * A sync (DataSynced) or a re-reservation (RewardWindowUpdated from a quality change or deregistration): the
 * reserve left after settling goes back to the pool and `reserved` is the window's new reserve.
 */
export async function reserveTwinWindow(
  db: Db,
  now: bigint,
  args: { twinId: bigint; windowEnd: bigint; multiplierPct: number; reserved: bigint; sync: boolean },
): Promise<void> {
  const old = await db.find(twinReserve, { twinId: args.twinId });
  const held = old ? settled(old, now) : undefined;
  const accruedAt = args.sync ? now : (held?.accruedAt ?? now);
  const row = {
    reserved: args.reserved,
    accruedAt,
    windowEnd: args.windowEnd,
    multiplierPct: args.multiplierPct,
  };
  await db
    .insert(twinReserve)
    .values({ twinId: args.twinId, ...row })
    .onConflictDoUpdate(row);
  await addPoolFlow(db, "twinIncentives", now, { reserved: args.reserved, released: held?.reserved ?? 0n });
}

/** A claim settles the window: what accrued leaves the reserve (it is paid, not released). */
export async function settleTwinReserve(db: Db, twinId: bigint, now: bigint): Promise<void> {
  const old = await db.find(twinReserve, { twinId });
  if (!old) return;
  const { reserved, accruedAt } = settled(old, now);
  await db.update(twinReserve, { twinId }).set({ reserved, accruedAt });
}
