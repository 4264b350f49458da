import type { Metadata } from "next";
import { TreasuryBuckets } from "@/components/governance/TreasuryBuckets";
import { TreasuryMovements } from "@/components/governance/TreasuryMovements";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { StatCard } from "@/components/ui/StatCard";
import { formatDta } from "@/lib/format";
import { DEFLATIONARY_ALLOCATION, bucketHoldings, deflationaryLeft } from "@/lib/governance/treasury";
import { fetchTreasuryFlows } from "@/lib/indexer/governance";
import { readTimelockHoldings } from "@/lib/server/governanceReads";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";

export const metadata: Metadata = {
  title: "Treasury",
  description:
    "What the DTA governance timelock holds per bucket, what past proposals spent or burned, and the deflationary allocation left.",
};

export default async function TreasuryPage() {
  const [health, chain, flows] = await Promise.all([
    serverIndexerHealth(),
    readTimelockHoldings(),
    fetchTreasuryFlows(serverIndexerOptions()).catch(() => undefined),
  ]);
  const buckets = flows ? bucketHoldings(flows.byBucket) : undefined;
  const burnedByProposals = flows?.byBucket.reduce((sum, b) => sum + b.burned, 0n);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Treasury</h1>
        <p className="text-slate-600">
          The governance timelock holds the treasury &amp; partnerships, community DAO, burn &amp; reserve and
          loyalty buckets. Only executed proposals spend from them; the 82M deflationary allocation is burned
          by proposals over time.
        </p>
      </div>
      <LiveRefresh />
      {chain.state === "ok" ? (
        <section aria-labelledby="treasury-figures" className="grid gap-3 sm:grid-cols-3">
          <h2 id="treasury-figures" className="sr-only">
            Figures
          </h2>
          <StatCard
            label="Held by the timelock now"
            unit="DTA"
            testId="timelock-held"
            value={formatDta(chain.value.held)}
            rawValue={chain.value.held}
          />
          <StatCard
            label="Deflationary allocation left"
            unit="DTA"
            testId="deflationary-left"
            value={burnedByProposals === undefined ? "…" : formatDta(deflationaryLeft(burnedByProposals))}
            rawValue={burnedByProposals === undefined ? undefined : deflationaryLeft(burnedByProposals)}
          />
          <StatCard
            label="DTA burned in all (every cause)"
            unit="DTA"
            testId="total-burned"
            value={formatDta(chain.value.totalBurned)}
            rawValue={chain.value.totalBurned}
          />
        </section>
      ) : (
        <ServerReadNotice state={chain.state} what="The timelock" />
      )}
      <IndexerNotice health={flows ? health : { state: "unavailable" }} what="The treasury history" />
      {flows && buckets && (
        <section aria-labelledby="buckets-title" className="card space-y-3">
          <h2 id="buckets-title" className="text-lg font-semibold text-slate-900">
            Per bucket
          </h2>
          <TreasuryBuckets buckets={buckets} />
          <p
            className="text-sm text-slate-600"
            data-testid="other-flows"
            data-in={flows.otherIn.toString()}
            data-out={flows.otherOut.toString()}
          >
            Not by a proposal: {formatDta(flows.otherIn)} DTA in (platform revenue, the returned BIVE bonus)
            and {formatDta(flows.otherOut)} DTA out (on the local chain, the demo seed&apos;s grants). Buckets
            held plus these equal the timelock&apos;s balance. Of the {formatDta(DEFLATIONARY_ALLOCATION)} DTA
            deflationary allocation, proposals have burned {formatDta(burnedByProposals ?? 0n)} DTA.
          </p>
        </section>
      )}
      {flows && (
        <section aria-labelledby="movements-title" className="card space-y-3">
          <h2 id="movements-title" className="text-lg font-semibold text-slate-900">
            Spent and burned by proposals
          </h2>
          {flows.movements.length > 0 ? (
            <TreasuryMovements movements={flows.movements} />
          ) : (
            <EmptyState title="Nothing yet">
              No executed proposal has moved DTA out of the timelock.
            </EmptyState>
          )}
        </section>
      )}
    </div>
  );
}
