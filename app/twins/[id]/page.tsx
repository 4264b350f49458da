import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TwinDetailIsland } from "@/components/twins/islands";
import { TwinSummary } from "@/components/twins/TwinSummary";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { parseJobFilter } from "@/lib/indexer/twinParams";
import { fetchTwin, fetchTwinJobs } from "@/lib/indexer/twins";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";
import { readTwinLive } from "@/lib/server/twinReads";

interface Props {
  readonly params: Promise<{ id: string }>;
  readonly searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return {
    title: `Twin #${id}`,
    description: `Digital twin #${id}: quality, earnings, syncs and simulation jobs.`,
  };
}

/**
 * The twin as the chain and the indexer see it is in the HTML; the live view (ticking rewards, buying simulation
 * time, the owner's tools) loads with the wallet — when asked, or on idle for a wallet connected before.
 */
export default async function TwinPage({ params, searchParams }: Props) {
  const { id } = await params;
  if (!/^[1-9]\d{0,76}$/.test(id)) notFound();
  const twinId = BigInt(id);
  const jobFilter = parseJobFilter(searchParamSource(await searchParams));
  const options = serverIndexerOptions();
  const [health, detail, jobs, live] = await Promise.all([
    serverIndexerHealth(),
    fetchTwin(twinId, options).catch(() => undefined),
    fetchTwinJobs(twinId, jobFilter, options).catch(() => undefined),
    readTwinLive(twinId),
  ]);
  const gone = live.state === "ok" && live.value.twin === undefined;
  if (gone && !detail?.twin) {
    return (
      <EmptyState title={detail === null ? `There is no twin #${id}` : `Twin #${id} is not on the chain`}>
        Check the number, or browse every twin.
      </EmptyState>
    );
  }
  if (gone || detail?.twin.status === "withdrawn") {
    return (
      <EmptyState title={`Twin #${id} was withdrawn`}>
        Its owner deregistered it and took the bond back.
      </EmptyState>
    );
  }
  const summary = (
    <div className="space-y-4">
      <LiveRefresh />
      {live.state !== "ok" && <ServerReadNotice state={live.state} what="The twin's live figures" />}
      <IndexerNotice health={detail ? health : { state: "unavailable" }} what="This twin's history" />
      <TwinSummary
        id={id}
        detail={detail ?? undefined}
        live={live.state === "ok" ? live.value.twin : undefined}
        chainTime={live.state === "ok" ? live.value.chainTime : undefined}
        jobs={jobs}
      />
    </div>
  );
  return <TwinDetailIsland id={id} summary={summary} />;
}
