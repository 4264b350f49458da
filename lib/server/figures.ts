/** Figures server pages read (lib/server/reads.ts) and hand to their views: plain, serialisable data. */
import type { Tier } from "@/lib/staking";

export interface SupplyFigures {
  readonly totalSupply: bigint;
  readonly totalBurned: bigint;
}

export interface StakingPoolFigures {
  readonly poolAvailable: bigint;
  readonly totalStaked: bigint;
  readonly totalReserved: bigint;
  readonly stakedByTier: readonly { readonly tier: Tier; readonly staked: bigint }[];
}

export interface SwapPoolFigures {
  readonly swapPoolRemaining: bigint;
  readonly bonusPoolRemaining: bigint;
  readonly totalSwapped: bigint;
  readonly genesisTimestamp: bigint;
  readonly bonusWindow: bigint;
  readonly bonusActive: boolean;
  /** The chain's time at the block read. */
  readonly chainTime: bigint;
}
