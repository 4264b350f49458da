/**
 * The reward and swap pools the tokenomics page tracks live, each tied to its genesis sub-allocation so
 * "remaining" can be shown against what the pool started with.
 */
import { allSubAllocations } from "./allocation";

export type PoolId = "staking" | "twinIncentives" | "aiProvider" | "dataRewards" | "biveSwap" | "biveBonus";

export interface TrackedPool {
  readonly id: PoolId;
  readonly label: string;
  /** The genesis sub-allocation the pool was funded from. */
  readonly subAllocationId: string;
  /** data-testid of the figure, for the browser tests (only key figures have one). */
  readonly testId?: string;
}

export const TRACKED_POOLS: readonly TrackedPool[] = [
  {
    id: "staking",
    label: "Staking rewards",
    subAllocationId: "stakingRewards",
    testId: "staking-pool-remaining",
  },
  { id: "twinIncentives", label: "Digital-twin incentives", subAllocationId: "twinIncentives" },
  { id: "aiProvider", label: "AI provider rewards", subAllocationId: "aiProviderRewards" },
  { id: "dataRewards", label: "Data contribution rewards", subAllocationId: "dataRewards" },
  { id: "biveSwap", label: "BIVE swap", subAllocationId: "biveSwapPool", testId: "swap-pool-remaining" },
  {
    id: "biveBonus",
    label: "BIVE early bonus",
    subAllocationId: "biveEarlyBonus",
    testId: "bonus-pool-remaining",
  },
];

/** The amount a pool held at genesis, in base units. */
export function poolGenesisAmount(pool: TrackedPool): bigint {
  const sub = allSubAllocations().find((s) => s.id === pool.subAllocationId);
  if (!sub) throw new Error(`No genesis sub-allocation "${pool.subAllocationId}"`);
  return sub.amount;
}
