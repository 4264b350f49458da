"use client";

import { useState } from "react";
import { DataTable, type Column, type TablePage } from "@/components/ui/DataTable";
import { useServiceRequests } from "@/hooks/marketplace/useMarketplaceData";
import { formatDta, formatInteger, shortAddress } from "@/lib/format";
import type { ServiceRequest } from "@/lib/indexer/marketplace";
import { formatUnlockDate } from "@/lib/staking/wizard";

/** A request's response: the posted hash and when, or that it is still awaited. */
export function ResponseCell({ request }: { request: ServiceRequest }) {
  if (request.responseHash === null) {
    return (
      <span className="text-slate-600" data-testid="response-awaited">
        Awaiting the provider&apos;s response
      </span>
    );
  }
  return (
    <span className="block max-w-xs" data-testid="response-hash" data-value={request.responseHash}>
      <span className="block break-all font-mono text-xs">{request.responseHash}</span>
      {request.respondedAt !== null && (
        <span className="text-xs text-slate-600">posted {formatUnlockDate(request.respondedAt)}</span>
      )}
    </span>
  );
}

/** A service's paid requests (or one payer's), newest first, with their split and response. */
export function ServiceRequests({
  id,
  payer,
  caption,
  empty,
  testId,
}: {
  id: bigint;
  payer?: `0x${string}`;
  caption: string;
  empty: string;
  testId: string;
}) {
  const [state, setState] = useState<TablePage>({ page: 1, pageSize: 10, sort: "newest" });
  const requests = useServiceRequests(id, { payer, page: state.page, limit: state.pageSize });
  const columns: readonly Column<ServiceRequest>[] = [
    { id: "request", header: "Request", cell: (r) => `#${r.requestId}` },
    ...(payer
      ? []
      : [
          {
            id: "payer",
            header: "Payer",
            cell: (r: ServiceRequest) => <span className="font-mono">{shortAddress(r.payer)}</span>,
          },
        ]),
    { id: "queries", header: "Queries", align: "right", cell: (r) => formatInteger(r.queries) },
    {
      id: "paid",
      header: "Paid (DTA)",
      align: "right",
      cell: (r) => (
        <span
          data-value={r.amount.toString()}
          title={`burned ${formatDta(r.burned)}, platform ${formatDta(r.toPlatform)}, provider ${formatDta(r.toProvider)}`}
        >
          {formatDta(r.amount)}
        </span>
      ),
    },
    { id: "time", header: "Paid at", cell: (r) => formatUnlockDate(r.timestamp) },
    { id: "response", header: "Response", cell: (r) => <ResponseCell request={r} /> },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rowKey={(r) => r.requestId.toString()}
      data={requests.data}
      state={state}
      onStateChange={setState}
      error={
        requests.isError && !requests.data
          ? "The requests can't be loaded: the indexer is unreachable."
          : undefined
      }
      onRetry={() => void requests.refetch()}
      empty={empty}
      testId={testId}
    />
  );
}
