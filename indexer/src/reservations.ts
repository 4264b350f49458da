/**
 * Pool reservations by day (the tokenomics page's runway) and the staking segments they need: a compound or
 * top-up releases the unpaid part of its position's old reserve, which its event does not name.
 */
import type { Context } from "ponder:registry";
import { poolDay, stakeSegment } from "ponder:schema";
import type { ReservingPool } from "../../lib/indexer/types";

const SECONDS_PER_DAY = 86_400n;

/** Adds what `pool` reserved and released in the block at `timestamp` to that UTC day's row. */
export async function addPoolFlow(
  db: Context["db"],
  pool: ReservingPool,
  timestamp: bigint,
  flow: { readonly reserved?: bigint; readonly released?: bigint },
): Promise<void> {
  const reserved = flow.reserved ?? 0n;
  const released = flow.released ?? 0n;
  if (reserved === 0n && released === 0n) return;
  const day = Number(timestamp / SECONDS_PER_DAY);
  await db
    .insert(poolDay)
    .values({ id: `${pool}:${day}`, pool, day, reserved, released })
    .onConflictDoUpdate((row) => ({ reserved: row.reserved + reserved, released: row.released + released }));
}

/** A new position's first segment. */
export async function openSegment(db: Context["db"], tokenId: bigint, reserved: bigint): Promise<void> {
  await db
    .insert(stakeSegment)
    .values({ tokenId, reserved, claimed: 0n })
    .onConflictDoUpdate({ reserved, claimed: 0n });
}

/**
 * A compound or top-up: the old segment's unpaid reserve less the rewards that joined the principal goes back
 * to the pool; the new segment reserves `reserved`. Returns what was released.
 */
export async function resegment(
  db: Context["db"],
  tokenId: bigint,
  reserved: bigint,
  compounded: bigint,
): Promise<bigint> {
  const old = await db.find(stakeSegment, { tokenId });
  await openSegment(db, tokenId, reserved);
  if (!old) return 0n;
  const released = old.reserved - old.claimed - compounded;
  return released > 0n ? released : 0n;
}

export async function claimFromSegment(db: Context["db"], tokenId: bigint, amount: bigint): Promise<void> {
  const old = await db.find(stakeSegment, { tokenId });
  if (old) await db.update(stakeSegment, { tokenId }).set({ claimed: old.claimed + amount });
}
