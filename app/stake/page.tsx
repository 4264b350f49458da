import type { Metadata } from "next";
import { DelegationIsland, PositionsIsland, TierWizardIsland } from "@/components/staking/islands";
import { PoolStatusView } from "@/components/staking/PoolStatusView";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { readStakingPool } from "@/lib/server/reads";

export const metadata: Metadata = {
  title: "Stake",
  description: "Stake DTA in a tier, watch rewards accrue, claim, compound and unstake.",
};

export default async function StakePage() {
  const pool = await readStakingPool();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Stake DTA</h1>
        <p className="mt-1 text-slate-600">
          Lock DTA for 30 to 365 days in a tier from Bronze to Diamond. Rewards are reserved in full when you
          stake, accrue every second, and each position is an NFT receipt carrying voting power.
        </p>
      </div>

      <section aria-label="Staking wizard">
        <TierWizardIsland />
      </section>

      <section aria-labelledby="positions-heading" className="space-y-3">
        <h2 id="positions-heading" className="text-lg font-semibold text-slate-900">
          Your positions
        </h2>
        <p className="text-sm text-slate-600" data-testid="pause-note">
          Claims and exits never stop for staking&apos;s own pause (it only halts new stakes, top-ups and
          compounds). An emergency pause of DTA itself stops them too, and receipts can&apos;t change hands,
          until DTA resumes.
        </p>
        <div>
          <PositionsIsland />
        </div>
        <div>
          <DelegationIsland />
        </div>
      </section>

      <section aria-labelledby="pool-heading" className="space-y-3">
        <h2 id="pool-heading" className="text-lg font-semibold text-slate-900">
          Staking pool
        </h2>
        {pool.state === "ok" ? (
          <PoolStatusView pool={pool.value} />
        ) : (
          <ServerReadNotice state={pool.state} what="Staking" />
        )}
      </section>
    </div>
  );
}
