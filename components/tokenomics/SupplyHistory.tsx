"use client";

import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { useIndexerPoll, useIndexerPollHealth, useTickingChainTime } from "@/hooks/indexer/useIndexerPoll";
import { formatDta } from "@/lib/format";
import { annualisedBurnRate, BURN_TARGET_BPS } from "@/lib/indexer/burnRate";
import { fetchSupplyHistory } from "@/lib/indexer/supply";
import { toWholeDta } from "@/lib/tokenomics/unlockSchedule";
import { ChartSkeleton } from "./ChartSkeleton";
import { SupplyBurnChart } from "./lazyCharts";

const percent = (bps: bigint) => `${bps / 100n}.${String(bps % 100n).padStart(2, "0")}%`;

const VERDICT = {
  below: "below",
  within: "within",
  above: "above",
} as const;

const fetchHistory = (signal: AbortSignal) => fetchSupplyHistory({ signal });

/**
 * Supply vs burned over time from the indexer (fetched in the browser without the wallet code), with the
 * annualised burn rate against the 5–10% target. The chain's time and head come from the server's read.
 */
export function SupplyHistory({
  chainId,
  chainTime,
  chainBlock,
}: {
  readonly chainId: number;
  readonly chainTime: bigint;
  readonly chainBlock: bigint;
}) {
  const health = useIndexerPollHealth(chainId, chainBlock);
  // The chain's clock, not the browser's: a local chain may have been moved forward in time.
  const now = useTickingChainTime(chainTime, 60);
  const history = useIndexerPoll("supply-history", fetchHistory, 10_000);

  if (history.isError && !history.data) {
    return <IndexerNotice health={{ state: "unavailable" }} what="The supply history" />;
  }
  if (!history.data || health.state === "checking")
    return <ChartSkeleton label="supply history" className="h-64" />;
  const days = history.data;
  const rate = annualisedBurnRate(days, Number(now / 86_400n));
  const last = days.at(-1);

  return (
    <div className="card space-y-3" data-testid="supply-history">
      <IndexerNotice health={health} what="The supply history" />
      <SupplyBurnChart
        label="DTA total supply and burned by day"
        rows={days.map((d) => ({
          day: d.day,
          supply: toWholeDta(d.totalSupply),
          burned: toWholeDta(d.burnedTotal),
        }))}
      />
      {last && rate && (
        <p className="text-sm text-slate-700" data-testid="burn-rate" data-bps={rate.annualBps.toString()}>
          {formatDta(last.burnedTotal)} DTA burned so far. Over the last {rate.windowDays} day
          {rate.windowDays === 1 ? "" : "s"} {formatDta(rate.burnedInWindow)} DTA were burned: an annualised{" "}
          <strong>{percent(rate.annualBps)}</strong> of supply a year, {VERDICT[rate.versusTarget]} the{" "}
          {percent(BURN_TARGET_BPS.min)}–{percent(BURN_TARGET_BPS.max)} yearly reduction target.
        </p>
      )}
    </div>
  );
}
