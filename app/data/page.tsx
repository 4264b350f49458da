import type { Metadata } from "next";
import { ContributionsFilters } from "@/components/data/ContributionsFilters";
import { ContributionsTable } from "@/components/data/ContributionsTable";
import {
  AccessIsland,
  MyDataRewardsIsland,
  SubmitContributionIsland,
  ValidatorIsland,
} from "@/components/data/islands";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { UrlPager } from "@/components/ui/UrlPager";
import { fetchContributions } from "@/lib/indexer/data";
import { fetchDataCategories } from "@/lib/indexer/dataAccess";
import { parseContributionFilter, parseId } from "@/lib/indexer/dataParams";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";

export const metadata: Metadata = {
  title: "Data contributions",
  description:
    "Submit a data hash (never the data), earn a reward scored by quality from the 40M data pool, and share restricted data with buyers you approve.",
};

/** Server-rendered list of contributions (filters and pager change the URL); the forms are wallet islands. */
export default async function DataPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const source = searchParamSource(await searchParams);
  const filter = parseContributionFilter(source);
  const accessRaw = source("access");
  const accessId = accessRaw ? parseId(accessRaw) : undefined;
  const [health, contributions, categories] = await Promise.all([
    serverIndexerHealth(),
    fetchContributions(filter, serverIndexerOptions()).catch(() => undefined),
    fetchDataCategories(serverIndexerOptions()).catch(() => undefined),
  ]);
  const categoryList = categories ? [...categories] : undefined;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Data contributions</h1>
        <p className="mt-1 text-slate-600">
          Submit the hash of your IoT data. A validator scores it 0–100 once; a score of 50 or more reserves a
          reward from the 40M data pool: the 10 DTA base reward × 1 (50–79), × 1.5 (80–94) or × 2 (95+).
        </p>
      </div>
      <LiveRefresh />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <SubmitContributionIsland categories={categoryList} />
        </div>
        <div className="space-y-6">
          <MyDataRewardsIsland />
        </div>
      </div>
      <ValidatorIsland categories={categoryList} />
      {accessId !== undefined && <AccessIsland id={accessId.toString()} />}
      <section className="space-y-3" aria-labelledby="contributions-heading">
        <h2 id="contributions-heading" className="text-lg font-semibold text-slate-900">
          Contributions
        </h2>
        <IndexerNotice
          health={contributions ? health : { state: "unavailable" }}
          what="The contribution list"
        />
        <div className="card space-y-3" data-testid="contributions">
          <ContributionsFilters />
          {contributions && contributions.items.length > 0 && (
            <ContributionsTable contributions={contributions.items} categories={categories} />
          )}
          {contributions && contributions.items.length === 0 && (
            <EmptyState title={filter.page > 1 ? "Nothing on this page" : "No contributions"}>
              {filter.contributor
                ? "This address has no contributions yet: submit one above."
                : "No contribution matches these filters."}
            </EmptyState>
          )}
          <UrlPager caption="Contributions" hasNext={contributions?.hasNext ?? false} />
        </div>
      </section>
    </div>
  );
}
