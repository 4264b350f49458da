/** The genesis table shaped for the allocation donut and its lists (display only; amounts stay bigint). */
import { formatDta } from "@/lib/format";
import {
  GENESIS_ALLOCATION,
  GENESIS_SUPPLY,
  bucketTotal,
  type Bucket,
  type Custodian,
} from "@/lib/tokenomics/allocation";
import { formatShare, toWholeDta } from "@/lib/tokenomics/unlockSchedule";
import { colorAt, type ChartDatum } from "./palette";

export const CUSTODIAN_LABELS: Readonly<Record<Custodian, string>> = {
  timelock: "Governance timelock",
  stakingRewardsPool: "Staking contract",
  twinIncentivesPool: "Twin incentives pool",
  aiProviderRewardsPool: "AI provider rewards pool",
  dataRewardsPool: "Data rewards pool",
  biveSwapPool: "BIVE swap contract",
  biveEarlyBonusPool: "BIVE swap contract (bonus)",
  vestingCoreTeam: "Core team vesting wallet",
  vestingAdvisors: "Advisors vesting wallet",
  vestingEarlyContributors: "Early contributors vesting wallet",
};

export interface AllocationRow extends ChartDatum {
  readonly amount: bigint;
  /** Share of the parent (the genesis supply, or the bucket) as text: "30%". */
  readonly share: string;
  readonly note?: string;
}

export function bucketRows(): AllocationRow[] {
  return GENESIS_ALLOCATION.map((bucket, index) => {
    const amount = bucketTotal(bucket);
    return {
      id: bucket.id,
      label: bucket.label,
      amount,
      value: toWholeDta(amount),
      display: `${formatDta(amount)} DTA`,
      fill: colorAt(index),
      share: formatShare(amount, GENESIS_SUPPLY),
      note: bucket.vestingMonths > 0 ? `${bucket.vestingMonths}-month linear vesting` : undefined,
    };
  });
}

export function subAllocationRows(bucket: Bucket): AllocationRow[] {
  const total = bucketTotal(bucket);
  return bucket.subAllocations.map((sub, index) => ({
    id: sub.id,
    label: sub.label,
    amount: sub.amount,
    value: toWholeDta(sub.amount),
    display: `${formatDta(sub.amount)} DTA`,
    fill: colorAt(index),
    share: formatShare(sub.amount, total),
    note: CUSTODIAN_LABELS[sub.custodian],
  }));
}
