"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { useTwins } from "@/hooks/twins/useTwinIndex";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta } from "@/lib/format";
import { parseTwinFilter } from "@/lib/indexer/twinParams";
import { QualityBadge, StatusBadge } from "./TwinBadges";

const NO_PARAMS = () => undefined;

/** The dashboard's small card: the connected owner's twins with earnings and jobs waiting for them. */
export default function MyTwinsCard() {
  const { account } = useScopeKey();
  const filter = {
    ...parseTwinFilter(NO_PARAMS),
    owner: account,
    pageSize: 10,
  };
  const twins = useTwins(filter, account !== undefined);
  if (!account) return <EmptyState title="Not connected">Connect a wallet to see your twins.</EmptyState>;
  if (twins.isError && !twins.data) {
    return (
      <p className="card text-sm text-slate-700">
        Your twins can&apos;t be listed: the indexer is unreachable.
      </p>
    );
  }
  if (!twins.data) return <Skeleton className="h-24 w-full" label="Loading your twins" />;
  const items = twins.data.items.filter((t) => t.status !== "withdrawn");
  if (items.length === 0) {
    return (
      <EmptyState title="No twins yet">
        <IntentLink href="/twins/register" className="underline">
          Register a digital twin
        </IntentLink>{" "}
        with a 10,000 DTA bond to earn sync rewards and sell simulation hours.
      </EmptyState>
    );
  }
  const pending = items.reduce((n, t) => n + t.openJobs, 0);
  return (
    <div className="card space-y-3" data-testid="my-twins">
      <p className="text-sm text-slate-700">
        {items.length} twin{items.length === 1 ? "" : "s"} ·{" "}
        <strong data-testid="my-twins-pending">{pending}</strong> job{pending === 1 ? "" : "s"} waiting for a
        result
      </p>
      <ul className="divide-y divide-slate-100 text-sm">
        {items.map((t) => (
          <li key={t.id.toString()} className="flex flex-wrap items-center gap-2 py-2">
            <IntentLink href={`/twins/${t.id}`} className="font-medium underline">
              #{t.id.toString()} {t.category}
            </IntentLink>
            <StatusBadge status={t.status} />
            <QualityBadge score={t.quality} />
            <span className="ml-auto tabular-nums">
              {formatDta(t.earnings)} DTA earned{t.openJobs > 0 ? ` · ${t.openJobs} open` : ""}
            </span>
          </li>
        ))}
      </ul>
      {twins.data.hasNext && (
        <IntentLink href={`/twins?owner=${account.toLowerCase()}`} className="text-sm underline">
          All your twins
        </IntentLink>
      )}
    </div>
  );
}
