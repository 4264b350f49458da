"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { useMyStreams } from "@/hooks/streams/useMyStreams";
import { useChainTime } from "@/hooks/useChainTime";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta } from "@/lib/format";
import { formatCountdown } from "@/lib/streams/flow";
import { summariseStreams, type StreamSide } from "@/lib/streams/summary";

function Side({ title, side, testId }: { title: string; side: StreamSide; testId: string }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3" data-testid={testId} data-open={side.open}>
      <h3 className="text-sm font-medium text-slate-600">{title}</h3>
      <p className="mt-1 text-sm text-slate-700">
        {side.open} open · {side.flowing} flowing
      </p>
      <p className="text-lg font-semibold tabular-nums text-slate-900" data-value={side.perDay.toString()}>
        {formatDta(side.perDay)} DTA <span className="text-sm font-normal text-slate-600">per day</span>
      </p>
    </div>
  );
}

/** The dashboard's card: the account's streams in and out, what flows per day, and the next to run dry. */
export default function MyStreamsCard() {
  const { account } = useScopeKey();
  const streams = useMyStreams();
  const { now } = useChainTime();
  if (!account) return <EmptyState title="Not connected">Connect a wallet to see your streams.</EmptyState>;
  if (streams.isError && !streams.data) {
    return (
      <p className="card text-sm text-slate-700">
        Your streams can&apos;t be listed: the indexer is unreachable.
      </p>
    );
  }
  if (!streams.data || now === undefined)
    return <Skeleton className="h-24 w-full" label="Loading your streams" />;
  if (streams.data.items.length === 0) {
    return (
      <EmptyState title="No streams yet">
        <IntentLink href="/streams" className="underline">
          Open a payment stream
        </IntentLink>{" "}
        to pay someone by the second in DTA.
      </EmptyState>
    );
  }
  const summary = summariseStreams(streams.data.items, account, now);
  return (
    <div className="card space-y-3" data-testid="my-streams">
      <div className="grid gap-3 sm:grid-cols-2">
        <Side title="Flowing in" side={summary.incoming} testId="my-streams-in" />
        <Side title="Flowing out" side={summary.outgoing} testId="my-streams-out" />
      </div>
      <p className="text-sm text-slate-700" data-testid="my-streams-next-dry">
        {summary.nextDry
          ? `Next to run dry: stream #${summary.nextDry.id} (${summary.nextDry.sent ? "you pay" : "pays you"}) in ${formatCountdown(summary.nextDry.at - now)}.`
          : "No flowing stream is running dry."}
      </p>
      <IntentLink href={`/streams?account=${account.toLowerCase()}`} className="text-sm underline">
        All your streams
      </IntentLink>
    </div>
  );
}
