import { formatDta } from "@/lib/format";
import { REVENUE_SPLIT, splitRevenue } from "@/lib/tokenomics/revenueSplit";

/** RevenueDistributor.totalDistributed and how it was split (read on the server with the live figures). */
export function RevenueDistributed({ totalDistributed }: { readonly totalDistributed: bigint | undefined }) {
  if (totalDistributed === undefined) {
    return <p className="text-sm text-slate-600">Revenue distributed: unavailable right now.</p>;
  }
  const parts = splitRevenue(totalDistributed);
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <p className="text-sm text-slate-600">Distributed so far</p>
      <p className="text-lg font-semibold tabular-nums text-slate-900">
        <span data-testid="total-distributed" data-value={totalDistributed.toString()}>
          {formatDta(totalDistributed)}
        </span>{" "}
        DTA
      </p>
      {totalDistributed > 0n && (
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
