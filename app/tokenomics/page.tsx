import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AllocationExplorer } from "@/components/tokenomics/AllocationExplorer";
import { AllocationTable } from "@/components/tokenomics/AllocationTable";
import { LiveFigures } from "@/components/tokenomics/LiveFigures";
import { PoolRunway } from "@/components/tokenomics/PoolRunway";
import { PoolRunwayTable } from "@/components/tokenomics/PoolRunwayTable";
import { RevenueSplit } from "@/components/tokenomics/RevenueSplit";
import { SupplyHistory } from "@/components/tokenomics/SupplyHistory";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { fetchRevenueTotals } from "@/lib/indexer/revenue";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";
import { readChainHead, readTokenomicsLive } from "@/lib/server/reads";
import { TableView } from "@/components/tokenomics/TableView";
import { UnlockSchedule } from "@/components/tokenomics/UnlockSchedule";

export const metadata: Metadata = {
  title: "Tokenomics",
  description:
    "Where the 1B DTA went at genesis, how supply unlocks, and what is staked, burned and left in each pool.",
};

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-sm text-slate-600">{intro}</p>
      </div>
      {children}
    </section>
  );
}

/**
 * Everything is in the server's HTML: the genesis table, unlock schedule and revenue split from code, the live
 * figures from one multicall at one block, the indexed history (runway pace, supply history) from the indexer.
 * LiveRefresh renders the page again when the indexer moves.
 */
export default async function TokenomicsPage() {
  const [live, head, health, revenueTotals] = await Promise.all([
    readTokenomicsLive(),
    readChainHead(),
    serverIndexerHealth(),
    fetchRevenueTotals(serverIndexerOptions()).catch(() => undefined),
  ]);
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Tokenomics</h1>
        <p className="mt-1 text-slate-600">
          Where the 1,000,000,000 DTA minted at genesis went, how it unlocks, and what is staked, burned and
          left in each pool — live from the chain.
        </p>
      </div>
      <LiveRefresh />

      <Section
        id="allocation"
        title="Genesis allocation"
        intro="Seven buckets; select one to see its sub-allocations."
      >
        <div className="card">
          <AllocationExplorer />
          <TableView summary="Show the full allocation as a table">
            <AllocationTable />
          </TableView>
        </div>
      </Section>

      <Section
        id="unlock"
        title="Unlock schedule"
        intro="Circulating supply over the first 24 months, computed from the genesis table."
      >
        <div className="card">
          <UnlockSchedule />
        </div>
      </Section>

      <Section
        id="live"
        title="Supply, staking and pools"
        intro="Read from the contracts in one batch at one block — no wallet needed."
      >
        {live.state === "ok" ? (
          <LiveFigures live={live.value} />
        ) : (
          <ServerReadNotice state={live.state} what="DTA" />
        )}
      </Section>

      <Section
        id="runway"
        title="Pool runway"
        intro="Days each reward pool lasts at the pace of the last 30 days' reservations (what it committed, less what came back to it): staking rewards reserved by stakes, compounds and top-ups; the BIVE pools' swap payouts. Balances from the chain, reservations from the event indexer."
      >
        {live.state === "ok" && head ? (
          <PoolRunway pools={live.value.pools} chainTime={head.timestamp} health={health} />
        ) : (
          <div className="card">
            <PoolRunwayTable remaining={undefined} runways={undefined} now={0n} />
          </div>
        )}
      </Section>

      <Section
        id="supply-history"
        title="Supply vs burned"
        intro="Total supply and DTA burned by day, from the event indexer, with the annualised burn rate."
      >
        {head ? (
          <SupplyHistory chainTime={head.timestamp} health={health} />
        ) : (
          <ServerReadNotice state="unreachable" what="The supply history" />
        )}
      </Section>

      <Section
        id="revenue"
        title="Revenue split"
        intro="Platform revenue (marketplace fees, listing fees, simulation fees) as RevenueDistributor splits it."
      >
        <div className="card">
          <RevenueSplit
            totalDistributed={live.state === "ok" ? live.value.totalDistributed : undefined}
            totals={revenueTotals}
          />
        </div>
      </Section>
    </div>
  );
}
