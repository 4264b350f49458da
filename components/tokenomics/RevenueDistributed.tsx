import { formatDta } from "@/lib/format";
import type { RevenueTotals } from "@/lib/indexer/revenue";
import { REVENUE_SPLIT, splitRevenue, type RevenueShareId } from "@/lib/tokenomics/revenueSplit";

function fromIndexer(totals: RevenueTotals): Readonly<Record<RevenueShareId, bigint>> {
  return {
    staking: totals.toStaking,
    development: totals.toDevelopment,
    ecosystem: totals.toEcosystem,
    burn: totals.burned,
  };
}

/**
 * Revenue distributed so far and where it went. From the indexer: every RevenueDistributed event summed, so each
 * share is what the chain paid (burned included). Without the indexer: the contract's `totalDistributed` split
 * by the constants, and it says so.
 */
export function RevenueDistributed({
  totals,
  totalDistributed,
}: {
  /** The indexer's sums (undefined when it could not be read). */
  readonly totals?: RevenueTotals;
  /** RevenueDistributor.totalDistributed from the chain (the fallback). */
  readonly totalDistributed: bigint | undefined;
}) {
  const amount = totals?.amount ?? totalDistributed;
  if (amount === undefined) {
    return <p className="text-sm text-slate-600">Revenue distributed: unavailable right now.</p>;
  }
  const parts = totals ? fromIndexer(totals) : splitRevenue(amount);
  return (
    <div
      className="rounded-lg bg-slate-50 p-3"
      data-testid="revenue-distributed"
      data-source={totals ? "indexer" : "chain"}
    >
      <p className="text-sm text-slate-600">Distributed so far</p>
      <p className="text-lg font-semibold tabular-nums text-slate-900">
        <span data-testid="total-distributed" data-value={amount.toString()}>
          {formatDta(amount)}
        </span>{" "}
        DTA
      </p>
      {amount > 0n && (
        <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
          {REVENUE_SPLIT.map((share) => (
            <div key={share.id} className="contents">
              <dt className="text-slate-600">{share.label}</dt>
              <dd
                className="text-right tabular-nums"
                data-testid={`distributed-${share.id}`}
                data-value={parts[share.id].toString()}
              >
                {formatDta(parts[share.id])}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-2 text-xs text-slate-600">
        {totals
          ? `${totals.distributions} distribution${totals.distributions === 1 ? "" : "s"}, summed by the event indexer from what each one paid.`
          : "The event indexer is unreachable: this is the contract's total split by the shares above."}
      </p>
    </div>
  );
}
