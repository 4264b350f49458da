"use client";

import { formatDta } from "@/lib/format";
import { REVENUE_SPLIT, splitRevenue } from "@/lib/tokenomics/revenueSplit";
import { useTokenomicsLive } from "@/hooks/useTokenomicsLive";
import { RevenueDistributedSkeleton } from "./skeletons";

/** RevenueDistributor.totalDistributed and how it was split (same batch as the live figures). */
export default function RevenueDistributed() {
  const { live, isError } = useTokenomicsLive();
  if (!live) {
    if (isError) return <p className="text-sm text-slate-600">Revenue distributed: unavailable right now.</p>;
    return <RevenueDistributedSkeleton />;
  }
  const parts = splitRevenue(live.totalDistributed);
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <p className="text-sm text-slate-600">Distributed so far</p>
      <p className="text-lg font-semibold tabular-nums text-slate-900">
        <span data-testid="total-distributed" data-value={live.totalDistributed.toString()}>
          {formatDta(live.totalDistributed)}
        </span>{" "}
        DTA
      </p>
      {live.totalDistributed > 0n && (
        <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
          {REVENUE_SPLIT.map((share) => (
            <div key={share.id} className="contents">
              <dt className="text-slate-600">{share.label}</dt>
              <dd className="text-right tabular-nums">{formatDta(parts[share.id])}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
