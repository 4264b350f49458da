/**
 * A contribution's status in words: pending (waiting for the validator), scored with its reward, scored below 50
 * (no reward), or scored but paid nothing because the data pool was empty (its multiplier earned a reward the
 * pool could not give).
 */
import type { Contribution } from "../indexer/data";

export type ContributionState = "pending" | "rewarded" | "belowFifty" | "poolEmpty";

export function contributionState(
  c: Pick<Contribution, "status" | "multiplierBps" | "reward">,
): ContributionState {
  if (c.status === "pending") return "pending";
  if (!c.multiplierBps) return "belowFifty";
  return c.reward === 0n ? "poolEmpty" : "rewarded";
}

export const CONTRIBUTION_STATE_LABELS: Readonly<Record<ContributionState, string>> = {
  pending: "Pending: waiting for the validator",
  rewarded: "Scored: reward reserved",
  belowFifty: "Scored below 50: no reward",
  poolEmpty: "Scored: paid nothing, the data pool was empty",
};
