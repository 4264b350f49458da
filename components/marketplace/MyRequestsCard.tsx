"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { useState } from "react";
import { Pager } from "@/components/ui/Pager";
import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { useMyRequests } from "@/hooks/marketplace/useMarketplaceData";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta } from "@/lib/format";
import { ResponseCell } from "./ServiceRequests";

/** The dashboard's card for payers: their paid requests across services, with each response. */
export default function MyRequestsCard() {
  const { account } = useScopeKey();
  const [page, setPage] = useState(1);
  const requests = useMyRequests(page);
  if (!account) return <EmptyState title="Not connected">Connect a wallet to see your requests.</EmptyState>;
  if (requests.isError && !requests.data) {
    return (
      <p className="card text-sm text-slate-700">
        Your requests can&apos;t be listed: the indexer is unreachable.
      </p>
    );
  }
  if (!requests.data) return <Skeleton className="h-24 w-full" label="Loading your requests" />;
  if (requests.data.items.length === 0 && page === 1) {
    return (
      <EmptyState title="No requests yet">
        <IntentLink href="/marketplace" className="underline">
          Browse the marketplace
        </IntentLink>{" "}
        and pay for queries of an AI service.
      </EmptyState>
    );
  }
  return (
    <div className="card space-y-3" data-testid="my-requests-card">
      <ul className="divide-y divide-slate-100 text-sm">
        {requests.data.items.map((r) => (
          <li key={r.requestId.toString()} className="grid gap-1 py-2 sm:grid-cols-[1fr_auto]">
            <span>
              <IntentLink href={`/marketplace/${r.serviceId}`} className="font-medium underline">
                {r.serviceName}
              </IntentLink>{" "}
              · request #{r.requestId.toString()} · {r.queries} {r.queries === 1 ? "query" : "queries"}
            </span>
            <span className="tabular-nums sm:text-right" data-value={r.amount.toString()}>
              {formatDta(r.amount)} DTA
            </span>
            <span className="sm:col-span-2">
              <ResponseCell request={r} />
            </span>
          </li>
        ))}
      </ul>
      <Pager
        caption="My requests"
        page={page}
        pageSize={10}
        hasNext={requests.data.hasNext}
        sizes={[10]}
        sizeLabel="Per page"
        onChange={(next) => setPage(next.page)}
      />
    </div>
  );
}
