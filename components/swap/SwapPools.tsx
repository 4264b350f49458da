"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { StatCard } from "@/components/ui/StatCard";
import { appChain } from "@/lib/chains";
import { formatCompact, formatDta } from "@/lib/format";
import { bonusDaysLeft, pluralDays } from "@/lib/swap/quote";
import { formatDate } from "@/lib/vesting/schedule";
import { useBiveSwapState } from "@/hooks/swap/useBiveSwapState";
import { SwapErrorNotice } from "./SwapErrorNotice";

/** What is left in the 1:1 swap pool and the early-holder bonus pool, and how long the bonus window runs. */
export default function SwapPools() {
  const { state, isError, isDeployed, refetch } = useBiveSwapState();
  if (!isDeployed) {
    return (
      <EmptyState title={`The BIVE swap isn't deployed on ${appChain.chain.name}`}>
        Deploy the contracts (see the README) or point NEXT_PUBLIC_CHAIN at a chain that has them.
      </EmptyState>
    );
  }
  if (isError) return <SwapErrorNotice what="the swap pools" onRetry={() => void refetch()} />;
  const loading = (label: string) => <Skeleton label={`Loading ${label}`} />;
  const windowEnd = state ? state.genesisTimestamp + state.bonusWindow : undefined;
  const daysLeft = state
    ? bonusDaysLeft(state.genesisTimestamp, state.bonusWindow, state.chainTime)
    : undefined;

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <StatCard
        label="Swap pool remaining"
        unit="DTA"
        testId="swap-pool-remaining"
        rawValue={state?.swapPoolRemaining}
        value={state ? formatDta(state.swapPoolRemaining) : loading("swap pool")}
        hint={state ? `${formatCompact(state.totalSwapped)} DTA swapped so far` : undefined}
      />
      <StatCard
        label="Bonus pool remaining"
        unit="DTA"
        testId="bonus-pool-remaining"
        rawValue={state?.bonusPoolRemaining}
        value={state ? formatDta(state.bonusPoolRemaining) : loading("bonus pool")}
        hint={
          state && windowEnd !== undefined && daysLeft !== undefined
            ? state.bonusActive && daysLeft > 0n
              ? `10% bonus window open: ${pluralDays(daysLeft)} left (until ${formatDate(windowEnd)})`
              : `The bonus window closed on ${formatDate(windowEnd)}`
            : undefined
        }
      />
    </div>
  );
}
