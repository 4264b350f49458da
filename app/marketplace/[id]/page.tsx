import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceActionsIsland } from "@/components/marketplace/islands";
import { ServiceSummary } from "@/components/marketplace/ServiceSummary";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { fetchService } from "@/lib/indexer/marketplace";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";

interface Props {
  readonly params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return {
    title: `AI service #${id}`,
    description: `AI service #${id}: price per query, usage, ratings; pay for queries and rate it.`,
  };
}

/** The service's figures come from the indexer in the HTML; paying, rating and the provider's tools are an island. */
export default async function ServicePage({ params }: Props) {
  const { id } = await params;
  if (!/^[1-9]\d{0,18}$/.test(id)) notFound();
  const [health, detail] = await Promise.all([
    serverIndexerHealth(),
    fetchService(BigInt(id), serverIndexerOptions()).catch(() => undefined),
  ]);
  return (
    <div className="space-y-6">
      <LiveRefresh />
      <IndexerNotice health={detail ? health : { state: "unavailable" }} what="This service's figures" />
      {detail ? (
        <ServiceSummary detail={detail} />
      ) : (
        <div className="space-y-1">
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">AI service #{id}</h1>
          {detail === null && (
            <p className="text-slate-600" data-testid="service-not-indexed">
              No service #{id} is indexed yet. A service listed a moment ago appears here within seconds.
            </p>
          )}
        </div>
      )}
      <section aria-label="Pay, rate and manage">
        <ServiceActionsIsland id={id} />
      </section>
    </div>
  );
}
