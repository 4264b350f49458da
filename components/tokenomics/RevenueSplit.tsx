import type { RevenueTotals } from "@/lib/indexer/revenue";
import { formatBps, REVENUE_SPLIT } from "@/lib/tokenomics/revenueSplit";
import { RevenueDistributed } from "./RevenueDistributed";
import { DonutChart } from "./charts/DonutChart";
import { colorAt } from "./palette";

const SLICES = REVENUE_SPLIT.map((share, i) => ({
  id: share.id,
  label: share.label,
  value: share.basisPoints,
  display: formatBps(share.basisPoints),
  fill: colorAt(i),
}));

/** How platform revenue is split (RevenueDistributor's constants), with what has been distributed so far. */
export function RevenueSplit({
  totalDistributed,
  totals,
}: {
  readonly totalDistributed: bigint | undefined;
  /** The indexer's sums of every distribution (undefined when it could not be read). */
  readonly totals?: RevenueTotals;
}) {
  return (
    <div className="grid items-start gap-6 md:grid-cols-2">
      <DonutChart
        data={SLICES}
        label={`Donut chart of the revenue split: ${REVENUE_SPLIT.map((s) => `${s.label} ${formatBps(s.basisPoints)}`).join(", ")}.`}
        centerTitle="Revenue"
        centerValue="100%"
      />
      <div className="min-w-0 space-y-4">
        <table className="w-full text-sm" data-testid="revenue-split-table">
          <caption className="sr-only">Platform revenue split</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">
                Destination
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {SLICES.map((slice) => (
              <tr key={slice.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="h-3 w-3 shrink-0 rounded-sm"
                      style={{ backgroundColor: slice.fill }}
                    />
                    {slice.label}
                  </span>
                </th>
                <td className="py-2 text-right tabular-nums" data-bps={slice.value}>
                  {slice.display}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <RevenueDistributed totalDistributed={totalDistributed} totals={totals} />
      </div>
    </div>
  );
}
