/**
 * A contribution's status in words: pending (waiting for the validator), scored with its reward, scored below 50
 * (no reward), scored but paid only part of its reward because the data pool ran short, or paid nothing because
 * the data pool was empty (its multiplier earned a reward the pool could not give).
 */
import type { Contribution } from "../indexer/data";

export type ContributionState = "pending" | "rewarded" | "belowFifty" | "poolShort" | "poolEmpty";

export function contributionState(
  c: Pick<Contribution, "status" | "multiplierBps" | "reward" | "rewardNeeded">,
): ContributionState {
  if (c.status === "pending") return "pending";
  if (!c.multiplierBps) return "belowFifty";
  if (c.reward === 0n) return "poolEmpty";
  return c.rewardNeeded !== null && c.reward < c.rewardNeeded ? "poolShort" : "rewarded";
}

export const CONTRIBUTION_STATE_LABELS: Readonly<Record<ContributionState, string>> = {
  pending: "Pending: waiting for the validator",
  rewarded: "Scored: reward reserved",
  belowFifty: "Scored below 50: no reward",
  poolShort: "Scored: paid in part, the data pool ran short",
  poolEmpty: "Scored: paid nothing, the data pool was empty",
};
