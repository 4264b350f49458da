import type { Metadata } from "next";
import { ExportStreamsCsvIsland, OpenStreamIsland, StreamRoleTabsIsland } from "@/components/streams/islands";
import { StreamCard } from "@/components/streams/StreamCard";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { UrlPager } from "@/components/ui/UrlPager";
import { fetchStreams } from "@/lib/indexer/data";
import { parseStreamFilter, type StreamFilter } from "@/lib/indexer/dataParams";
import { shortAddress } from "@/lib/format";
import { serverIndexerHealth, serverIndexerOptions } from "@/lib/server/indexer";
import { readChainNow } from "@/lib/server/chainClock";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";

export const metadata: Metadata = {
  title: "Payment streams",
  description:
    "Pay by the second in DTA: open a stream with a deposit, watch the balance flow, top up, withdraw, pause, resume or stop, and export the history as CSV.",
};

function listTitle(filter: StreamFilter): string {
  if (!filter.account) return "All streams";
  const who = shortAddress(filter.account);
  if (filter.role === "sent") return `Streams ${who} sends`;
  if (filter.role === "received") return `Streams ${who} receives`;
  return `Streams of ${who}`;
}

/**
 * Server-rendered: the page of streams the URL asks for, with each stream's snapshot from the indexer and the
 * chain's time, so the flowing balances tick in the browser without a read per second.
 */
export default async function StreamsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filter = parseStreamFilter(searchParamSource(await searchParams));
  const [health, streams, chainNow] = await Promise.all([
    serverIndexerHealth(),
    fetchStreams(filter, serverIndexerOptions()).catch(() => undefined),
    readChainNow(),
  ]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Payment streams</h1>
        <p className="mt-1 text-slate-600">
          Pay someone by the second: a stream flows DTA from your deposit to its recipient, who withdraws what
          has been paid whenever they like. Top it up before it runs dry; either side can stop it — what was
          paid goes to the recipient and the rest comes back to you. Each stream is an NFT its recipient owns.
        </p>
      </div>
      <LiveRefresh />
      <OpenStreamIsland />
      <section aria-labelledby="streams-heading" className="space-y-3">
        <h2 id="streams-heading" className="text-lg font-semibold text-slate-900">
          {listTitle(filter)}
        </h2>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <StreamRoleTabsIsland />
          <ExportStreamsCsvIsland />
        </div>
        <IndexerNotice health={streams ? health : { state: "unavailable" }} what="The stream list" />
        {streams && streams.items.length > 0 && (
          <ul className="grid gap-3 lg:grid-cols-2" aria-label="Streams" data-testid="stream-cards">
            {streams.items.map((stream) => (
              <StreamCard key={stream.id.toString()} stream={stream} chainNow={chainNow} />
            ))}
          </ul>
        )}
        {streams && streams.items.length === 0 && (
          <EmptyState title={filter.page > 1 ? "Nothing on this page" : "No streams here yet"}>
            {filter.page > 1
              ? "Go back a page."
              : filter.account
                ? "No stream matches: open one above."
                : "Open the first stream above."}
          </EmptyState>
        )}
        <UrlPager caption="Streams" hasNext={streams?.hasNext ?? false} />
      </section>
    </div>
  );
}
