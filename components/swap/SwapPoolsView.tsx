import { StatCard } from "@/components/ui/StatCard";
import { formatCompact, formatDta } from "@/lib/format";
import type { SwapPoolFigures } from "@/lib/server/figures";
import { bonusDaysLeft, pluralDays } from "@/lib/swap/quote";
import { formatDate } from "@/lib/vesting/schedule";

/** What is left in the 1:1 swap pool and the early-holder bonus pool, and how long the bonus window runs. */
export function SwapPoolsView({ pools }: { readonly pools: SwapPoolFigures }) {
  const windowEnd = pools.genesisTimestamp + pools.bonusWindow;
  const daysLeft = bonusDaysLeft(pools.genesisTimestamp, pools.bonusWindow, pools.chainTime);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <StatCard
        label="Swap pool remaining"
        unit="DTA"
        testId="swap-pool-remaining"
        rawValue={pools.swapPoolRemaining}
        value={formatDta(pools.swapPoolRemaining)}
        hint={`${formatCompact(pools.totalSwapped)} DTA swapped so far`}
      />
      <StatCard
        label="Bonus pool remaining"
        unit="DTA"
        testId="bonus-pool-remaining"
        rawValue={pools.bonusPoolRemaining}
        value={formatDta(pools.bonusPoolRemaining)}
        hint={
          pools.bonusActive && daysLeft > 0n
            ? `10% bonus window open: ${pluralDays(daysLeft)} left (until ${formatDate(windowEnd)})`
            : `The bonus window closed on ${formatDate(windowEnd)}`
        }
      />
    </div>
  );
}
