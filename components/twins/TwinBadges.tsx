import type { TwinStatus } from "@/lib/indexer/twinTypes";
import { TWIN_STATUS_LABELS, qualityBand } from "@/lib/twins/labels";

const QUALITY_STYLE = {
  high: "bg-emerald-100 text-emerald-900",
  standard: "bg-slate-100 text-slate-800",
  suspended: "bg-red-100 text-red-900",
} as const;

const QUALITY_HINT = {
  high: "quality 90 or more: rewards +20%",
  standard: "quality 50–89",
  suspended: "quality below 50: suspended",
} as const;

/** The quality score with its band in words (the colour is never the only cue). */
export function QualityBadge({ score }: { score: number }) {
  const band = qualityBand(score);
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ${QUALITY_STYLE[band]}`}
      title={QUALITY_HINT[band]}
      data-testid="quality-badge"
      data-value={score}
    >
      {score}
      {band === "high" && <span className="ml-1 font-normal">+20%</span>}
    </span>
  );
}

const STATUS_STYLE: Record<TwinStatus, string> = {
  active: "bg-teal-100 text-teal-900",
  suspended: "bg-red-100 text-red-900",
  deregistering: "bg-amber-100 text-amber-950",
  withdrawn: "bg-slate-200 text-slate-700",
};

export function StatusBadge({ status }: { status: TwinStatus }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}
      data-testid="status-badge"
      data-status={status}
    >
      {TWIN_STATUS_LABELS[status]}
    </span>
  );
}
