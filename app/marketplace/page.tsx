import type { Metadata } from "next";
import { MarketplaceFilters } from "@/components/marketplace/MarketplaceFilters";
import { MarketplacePager } from "@/components/marketplace/MarketplacePager";
import { ServiceCard } from "@/components/marketplace/ServiceCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { fetchServices } from "@/lib/indexer/marketplace";
import { parseServiceFilter } from "@/lib/indexer/marketplaceParams";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";

export const metadata: Metadata = {
  title: "AI service marketplace",
  description:
    "AI services paid per query in DTA: search by name, filter by category, price and rating, sort by rating, price, usage or age.",
};

/** Server-rendered: the page of services the URL asks for is in the HTML; filters and pager change the URL. */
export default async function MarketplacePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filter = parseServiceFilter(searchParamSource(await searchParams));
  const [health, services] = await Promise.all([
    serverIndexerHealth(),
    fetchServices(filter, serverIndexerOptions()).catch(() => undefined),
  ]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">AI service marketplace</h1>
        <p className="mt-1 text-slate-600">
          Pay per query in DTA. Of each payment the service burn (2% by default) is burned, 10% of the rest
          goes to platform revenue and the provider receives the remainder. Only payers can rate a service.
        </p>
      </div>
      <LiveRefresh />
      <div className="space-y-3">
        <IndexerNotice health={services ? health : { state: "unavailable" }} what="The service list" />
        <div className="card space-y-4" data-testid="marketplace-browser">
          <MarketplaceFilters />
          {services && services.items.length > 0 && (
            <ul
              className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
              aria-label="Services"
              data-testid="service-cards"
              data-total={services.total}
            >
              {services.items.map((service) => (
                <ServiceCard key={service.id.toString()} service={service} />
              ))}
            </ul>
          )}
          {services && services.items.length === 0 && (
            <EmptyState title={filter.page > 1 ? "Nothing on this page" : "No service matches"}>
              {filter.page > 1
                ? "Go back a page, or change the filters."
                : "Try another name, category, price range or rating — or list the first one."}
            </EmptyState>
          )}
          <MarketplacePager hasNext={services?.hasNext ?? false} total={services?.total ?? 0} />
        </div>
      </div>
    </div>
  );
}
