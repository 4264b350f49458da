import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { formatDta } from "@/lib/format";
import { annualisedBurnRate, BURN_TARGET_BPS } from "@/lib/indexer/burnRate";
import type { IndexerHealth } from "@/lib/indexer/health";
import { fetchSupplyHistory } from "@/lib/indexer/supply";
import { serverIndexerOptions } from "@/lib/server/indexer";
import { toWholeDta } from "@/lib/tokenomics/unlockSchedule";
import { SupplyBurnChart } from "./lazyCharts";

const percent = (bps: bigint) => `${bps / 100n}.${String(bps % 100n).padStart(2, "0")}%`;

const VERDICT = {
  below: "below",
  within: "within",
  above: "above",
} as const;

/**
 * Supply vs burned over time, rendered on the server from the indexer, with the annualised burn rate against
 * the 5–10% target; the chart itself loads when it comes into view. The page's LiveRefresh renders it again
 * when the indexer moves.
 */
export async function SupplyHistory({
  chainTime,
  health,
}: {
  /** The chain's time, not the server's: a local chain may have been moved forward in time. */
  readonly chainTime: bigint;
  readonly health: IndexerHealth;
}) {
  const days = await fetchSupplyHistory(serverIndexerOptions()).catch(() => undefined);
  if (!days) return <IndexerNotice health={{ state: "unavailable" }} what="The supply history" />;
  const rate = annualisedBurnRate(days, Number(chainTime / 86_400n));
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
