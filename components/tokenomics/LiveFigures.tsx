import { RefreshButton } from "@/components/ui/RefreshButton";
import { StatCard } from "@/components/ui/StatCard";
import { formatCompact, formatDta } from "@/lib/format";
import { GENESIS_ALLOCATION, GENESIS_SUPPLY, bucketTotal } from "@/lib/tokenomics/allocation";
import type { TokenomicsLive } from "@/lib/tokenomics/liveReads";
import { formatShare } from "@/lib/tokenomics/unlockSchedule";
import { PoolsRemaining, StakedByTier } from "./LiveBreakdowns";

const TEAM_TOTAL = bucketTotal(GENESIS_ALLOCATION.find((b) => b.id === "team")!);

/**
 * Live supply, burn, staking, pools and vesting — one multicall at one block, read on the server (no wallet
 * code); Refresh reads them again.
 */
export function LiveFigures({ live }: { readonly live: TokenomicsLive }) {
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
        </p>
        <RefreshButton />
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
