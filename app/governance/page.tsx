import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { MyVotingPowerIsland } from "@/components/governance/islands";
import { ProposalCard } from "@/components/governance/ProposalCard";
import { ProposalStateTabs } from "@/components/governance/ProposalStateTabs";
import { SybilNote } from "@/components/governance/SybilNote";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { UrlPager } from "@/components/ui/UrlPager";
import { fetchProposals } from "@/lib/indexer/governance";
import { parseProposalFilter } from "@/lib/indexer/governanceParams";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";

export const metadata: Metadata = {
  title: "Governance",
  description:
    "DTA proposals by state — review, voting, queued and executed — with countdowns, quorum progress and your voting power.",
};

/** Server-rendered: the proposals of the state and page the URL asks for; tabs and pager change the URL. */
export default async function GovernancePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filter = parseProposalFilter(searchParamSource(await searchParams));
  const [health, page] = await Promise.all([
    serverIndexerHealth(),
    fetchProposals(filter, serverIndexerOptions()).catch(() => undefined),
  ]);

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Governance</h1>
        <p className="text-slate-600">
          Stakers decide: each proposal is reviewed by its committee for 2 days, voted on for 5, and a passed
          one runs through the timelock after 2 more. Quorum is 4% of the voting power at the snapshot.
        </p>
        <p className="flex flex-wrap gap-3 text-sm">
          <IntentLink href="/governance/delegates" className="font-medium text-teal-800 underline">
            Delegates
          </IntentLink>
          <IntentLink href="/governance/treasury" className="font-medium text-teal-800 underline">
            Treasury
          </IntentLink>
        </p>
      </div>
      <MyVotingPowerIsland />
      <LiveRefresh />
      <IndexerNotice health={page ? health : { state: "unavailable" }} what="The proposal list" />
      <section aria-labelledby="proposals-title" className="space-y-3" data-testid="proposal-list">
        <h2 id="proposals-title" className="sr-only">
          Proposals
        </h2>
        <ProposalStateTabs selected={filter.state} counts={page?.counts} />
        {page && page.items.length > 0 && (
          <ul className="grid gap-3 md:grid-cols-2">
            {page.items.map((p) => (
              <ProposalCard
                key={p.id.toString()}
                proposal={p}
                now={page.now}
                queueWindow={page.queueWindow}
              />
            ))}
          </ul>
        )}
        {page && page.items.length === 0 && (
          <EmptyState title={filter.page > 1 ? "Nothing on this page" : "No proposals here"}>
            {filter.state
              ? `No proposal is ${filter.state.toLowerCase()} right now.`
              : "Nobody has proposed anything yet."}
          </EmptyState>
        )}
        <UrlPager caption="Proposals" hasNext={page?.hasNext ?? false} />
      </section>
      <SybilNote />
    </div>
  );
}
