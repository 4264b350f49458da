import { StatCard } from "@/components/ui/StatCard";
import { formatCompact, formatDta } from "@/lib/format";
import type { StakingPoolFigures } from "@/lib/server/figures";
import { LazyTierChart } from "./LazyTierChart";
import { TierTable } from "./TierTable";

/** The staking pool for everyone, read on the server: free rewards pool, total staked, reserved, per tier. */
export function PoolStatusView({ pool }: { readonly pool: StakingPoolFigures }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard
          label="Rewards pool available"
          unit="DTA"
          testId="pool-available"
          rawValue={pool.poolAvailable}
          value={formatDta(pool.poolAvailable)}
          hint={`${formatCompact(pool.poolAvailable)} DTA free for new rewards`}
        />
        <StatCard
          label="Total staked"
          unit="DTA"
          testId="total-staked"
          rawValue={pool.totalStaked}
          value={formatDta(pool.totalStaked)}
        />
        <StatCard
          label="Rewards reserved"
          unit="DTA"
          testId="total-reserved"
          rawValue={pool.totalReserved}
          value={formatDta(pool.totalReserved)}
          hint="Owed to open positions"
        />
      </div>
      <section aria-labelledby="tier-totals-heading" className="card space-y-3">
        <h3 id="tier-totals-heading" className="text-sm font-medium text-slate-800">
          Total staked by tier (DTA)
        </h3>
        <div className="grid items-center gap-4 md:grid-cols-2">
          <TierTable stakedByTier={pool.stakedByTier} />
          <LazyTierChart stakedByTier={pool.stakedByTier} />
        </div>
      </section>
    </div>
  );
}
