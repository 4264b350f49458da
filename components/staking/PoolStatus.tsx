"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { StatCard } from "@/components/ui/StatCard";
import { useStakingPool } from "@/hooks/staking/useStakingPool";
import { appChain } from "@/lib/chains";
import { formatCompact, formatDta } from "@/lib/format";
import { TierChart } from "./TierChart";

/** The staking pool for everyone: free rewards pool, total staked, reserved rewards and staked per tier. */
export default function PoolStatus() {
  const { data, isError, deployed } = useStakingPool();
  if (!deployed) return <EmptyState title={`Staking isn't deployed on ${appChain.chain.name} yet`} />;
  if (isError) {
    return (
      <EmptyState title="Couldn't load the staking pool">
        The network didn&apos;t answer. Reload the page to try again.
      </EmptyState>
    );
  }
  const value = (figure: bigint | undefined, label: string) =>
    figure !== undefined ? formatDta(figure) : <Skeleton label={`Loading ${label}`} />;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard
          label="Rewards pool available"
          unit="DTA"
          testId="pool-available"
          rawValue={data?.poolAvailable}
          value={value(data?.poolAvailable, "the rewards pool")}
          hint={data ? `${formatCompact(data.poolAvailable)} DTA free for new rewards` : undefined}
        />
        <StatCard
          label="Total staked"
          unit="DTA"
          testId="total-staked"
          rawValue={data?.totalStaked}
          value={value(data?.totalStaked, "the total staked")}
        />
        <StatCard
          label="Rewards reserved"
          unit="DTA"
          testId="total-reserved"
          rawValue={data?.totalReserved}
          value={value(data?.totalReserved, "the reserved rewards")}
          hint="Owed to open positions"
        />
      </div>
      <div className="card">
        {data ? (
          <TierChart stakedByTier={data.stakedByTier} />
        ) : (
          <Skeleton className="h-56 w-full" label="Loading the staked-by-tier chart" />
        )}
      </div>
    </div>
  );
}
