import type { Metadata } from "next";
import { DelegatesTable } from "@/components/governance/DelegatesTable";
import { SybilNote } from "@/components/governance/SybilNote";
import { DelegationIsland } from "@/components/staking/islands";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { UrlPager } from "@/components/ui/UrlPager";
import { formatDta } from "@/lib/format";
import { fetchDelegates } from "@/lib/indexer/governance";
import { parseListPage } from "@/lib/indexer/governanceParams";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";

export const metadata: Metadata = {
  title: "Delegates",
  description:
    "DTA governance delegates ranked by staked voting power, with their delegators and participation.",
};

export default async function DelegatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filter = parseListPage(searchParamSource(await searchParams));
  const [health, page] = await Promise.all([
    serverIndexerHealth(),
    fetchDelegates(filter, serverIndexerOptions()).catch(() => undefined),
  ]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Delegates</h1>
        <p className="text-slate-600">
          Staked positions carry votes (principal × lock weight). Each staker votes or hands the votes to a
          delegate; delegating moves votes, never tokens, and can be changed at any time.
        </p>
      </div>
      <DelegationIsland />
      <LiveRefresh />
      <IndexerNotice health={page ? health : { state: "unavailable" }} what="The delegate ranking" />
      <section aria-labelledby="delegates-title" className="card space-y-3" data-testid="delegates-table">
        <h2 id="delegates-title" className="text-lg font-semibold text-slate-900">
          Ranking
        </h2>
        {page && (
          <p className="text-sm text-slate-600">
            {page.total} delegate{page.total === 1 ? "" : "s"} hold {formatDta(page.totalPower)} votes in all.
          </p>
        )}
        {page && page.items.length > 0 && (
          <DelegatesTable delegates={page.items} firstRank={page.firstRank} totalPower={page.totalPower} />
        )}
        {page && page.items.length === 0 && (
          <EmptyState title={filter.page > 1 ? "Nothing on this page" : "No delegates yet"}>
            Stake DTA to get voting power; it counts for you until you delegate it.
          </EmptyState>
        )}
        <UrlPager caption="Delegates" hasNext={page?.hasNext ?? false} />
      </section>
      <SybilNote />
    </div>
  );
}
