"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { StatCard } from "@/components/ui/StatCard";
import { appChain } from "@/lib/chains";
import { formatCompact, formatDta } from "@/lib/format";
import { GENESIS_ALLOCATION, GENESIS_SUPPLY, bucketTotal } from "@/lib/tokenomics/allocation";
import { formatShare } from "@/lib/tokenomics/unlockSchedule";
import { useTokenomicsLive } from "@/hooks/useTokenomicsLive";
import { PoolsRemaining, StakedByTier } from "./LiveBreakdowns";
import { LiveSkeleton } from "./skeletons";

const TEAM_TOTAL = bucketTotal(GENESIS_ALLOCATION.find((b) => b.id === "team")!);

/** Live supply, burn, staking, pools and vesting — one multicall at one block, refreshed on demand. */
export default function LiveTokenomics() {
  const { deployed, live, isError, isFetching, refetch } = useTokenomicsLive();
  if (!deployed) {
    return (
      <EmptyState title={`DTA isn't deployed on ${appChain.chain.name} yet`}>
        Deploy the contracts (see the README) or point NEXT_PUBLIC_CHAIN at a chain that has them.
      </EmptyState>
    );
  }
  const refresh = (
    <button
      type="button"
      className="btn-secondary"
      onClick={() => void refetch()}
      disabled={isFetching}
      aria-busy={isFetching}
    >
      {isFetching ? "Refreshing…" : "Refresh"}
    </button>
  );
  if (!live) {
    if (isError) {
      return (
        <EmptyState title="The live figures couldn't be read">
          <p>The node at {appChain.rpcUrl} didn&apos;t answer.</p>
          <div className="mt-3">{refresh}</div>
        </EmptyState>
      );
    }
    return <LiveSkeleton />;
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600" aria-live="polite">
          Last updated at block{" "}
          <span
            className="font-semibold tabular-nums text-slate-900"
            data-testid="tokenomics-block"
            data-value={live.blockNumber.toString()}
          >
            {live.blockNumber.toString()}
          </span>
          {isError && <span className="text-red-700"> · the last refresh failed</span>}
        </p>
        {refresh}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <StatCard
          label="Total supply"
          unit="DTA"
          testId="total-supply"
          rawValue={live.totalSupply}
          value={formatDta(live.totalSupply)}
          hint={`${formatCompact(live.totalSupply)} of the ${formatCompact(GENESIS_SUPPLY)} minted at genesis`}
        />
        <StatCard
          label="Total burned"
          unit="DTA"
          testId="total-burned"
          rawValue={live.totalBurned}
          value={formatDta(live.totalBurned)}
          hint={`${formatShare(live.totalBurned, GENESIS_SUPPLY, 4)} of genesis supply, removed forever`}
        />
        <StatCard
          label="Total staked"
          unit="DTA"
          testId="total-staked"
          rawValue={live.totalStaked}
          value={formatDta(live.totalStaked)}
          hint={`${formatShare(live.totalStaked, live.totalSupply)} of the current supply`}
        />
        <StatCard
          label="Team & advisors vested"
          unit="DTA"
          testId="team-vested"
          rawValue={live.teamVested}
          value={formatDta(live.teamVested)}
          hint={`${formatShare(live.teamVested, TEAM_TOTAL)} of ${formatCompact(TEAM_TOTAL)}; ${formatDta(live.teamReleased)} DTA released`}
        />
      </div>
      <PoolsRemaining live={live} />
      <StakedByTier live={live} />
    </div>
  );
}
