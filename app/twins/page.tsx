import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { UrlPager } from "@/components/ui/UrlPager";
import { TwinsFilters } from "@/components/twins/TwinsFilters";
import { TwinsTable } from "@/components/twins/TwinsTable";
import { parseTwinFilter } from "@/lib/indexer/twinParams";
import { fetchTwins } from "@/lib/indexer/twins";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";

export const metadata: Metadata = {
  title: "Digital twins",
  description:
    "Every registered digital twin: type, category, quality, status, simulation rate, jobs and earnings.",
};

/** Server-rendered: the page of twins the URL asks for is in the HTML; filters and pager change the URL. */
export default async function TwinsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filter = parseTwinFilter(searchParamSource(await searchParams));
  const [health, twins] = await Promise.all([
    serverIndexerHealth(),
    fetchTwins(filter, serverIndexerOptions()).catch(() => undefined),
  ]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Digital twins</h1>
        <p className="mt-1 text-slate-600">
          Each twin is an NFT backed by a 10,000 DTA bond. Owners feed it data to earn rewards and sell
          simulation hours; a quality oracle keeps score (90 or more earns +20%, below 50 suspends it).
        </p>
      </div>
      <LiveRefresh />
      <div className="space-y-3">
        <IndexerNotice health={twins ? health : { state: "unavailable" }} what="The twin list" />
        <div className="card space-y-3" data-testid="twins-table">
          <TwinsFilters />
          {twins && twins.items.length > 0 && <TwinsTable twins={twins.items} />}
          {twins && twins.items.length === 0 && (
            <EmptyState title={filter.page > 1 ? "Nothing on this page" : "No twins yet"}>
              {filter.owner
                ? "This address has no twins yet: register one."
                : "No twin matches these filters."}
            </EmptyState>
          )}
          <UrlPager caption="Twins" hasNext={twins?.hasNext ?? false} />
        </div>
      </div>
    </div>
  );
}
