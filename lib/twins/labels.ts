/** Twin types, statuses and sorts in the product's words. */
import type { JobStatus, TwinSort, TwinStatus } from "../indexer/twinTypes";

/** The types TwinRegistry starts with, by id (governance may add more; they show as "Type n"). */
export const TWIN_TYPES = [
  "Manufacturing",
  "Energy",
  "Healthcare",
  "Smart City",
  "Logistics",
  "Agriculture",
  "Other",
] as const;

export function twinTypeName(typeId: number): string {
  return TWIN_TYPES[typeId] ?? `Type ${typeId}`;
}

/** The types to offer: governance's list from the indexer, or the starting list while it loads. */
export function twinTypeOptions(
  indexed: readonly { readonly id: number; readonly name: string }[] | undefined,
): readonly { readonly id: number; readonly name: string }[] {
  return indexed ?? TWIN_TYPES.map((name, id) => ({ id, name }));
}

export const TWIN_STATUS_LABELS: Record<TwinStatus, string> = {
  active: "Active",
  suspended: "Suspended",
  deregistering: "Deregistering",
  withdrawn: "Withdrawn",
};

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  open: "Open",
  completed: "Completed",
  declined: "Declined (refunded)",
  reclaimed: "Reclaimed (refunded)",
};

export const TWIN_SORT_LABELS: Record<TwinSort, string> = {
  newest: "Newest",
  quality: "Quality",
  rate: "Rate",
  jobs: "Jobs done",
};

/** Quality bands: ≥ 90 earns +20%, < 50 is suspended. */
export function qualityBand(score: number): "high" | "standard" | "suspended" {
  if (score >= 90) return "high";
  return score < 50 ? "suspended" : "standard";
}
