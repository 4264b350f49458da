"use client";

import { useState } from "react";
import { useAccount } from "wagmi";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { useActivity } from "@/hooks/indexer/useActivity";
import { useIndexerStatus } from "@/hooks/indexer/useIndexerStatus";
import { useUrlState } from "@/hooks/useUrlState";
import { appChain, explorerTxUrl } from "@/lib/chains";
import { formatDta, formatUtcDate, shortAddress } from "@/lib/format";
import { ACTIVITY_LABELS, activityCsv, activityDetail } from "@/lib/indexer/activity";
import { fetchActivity, type Activity } from "@/lib/indexer/client";
import { activitySearchParams, parseActivityFilter, type ActivityFilter } from "@/lib/indexer/params";
import { ACTIVITY_KINDS, isActivityKind } from "@/lib/indexer/types";

const URL_KEYS = ["kind", "page", "pageSize", "sort"] as const;
/** The CSV holds the whole history up to this many rows (pages of 100). */
const CSV_MAX_ROWS = 10_000;

const COLUMNS: readonly Column<Activity>[] = [
  {
    id: "when",
    header: "When",
    cell: (row) => (
      <time dateTime={new Date(Number(row.timestamp) * 1000).toISOString()} className="whitespace-nowrap">
        {formatUtcDate(row.timestamp, true)} UTC
      </time>
    ),
  },
  {
    id: "kind",
    header: "What",
    cell: (row) => <span data-kind={row.kind}>{ACTIVITY_LABELS[row.kind]}</span>,
  },
  {
    id: "amount",
    header: "Amount (DTA)",
    align: "right",
    cell: (row) => <span data-amount={row.amount.toString()}>{formatDta(row.amount)}</span>,
  },
  {
    id: "detail",
    header: "Details",
    cell: (row) => <span className="break-all text-slate-600">{activityDetail(row)}</span>,
  },
  {
    id: "tx",
    header: "Transaction",
    cell: (row) => {
      const href = explorerTxUrl(appChain.chain, row.txHash);
      const label = <span className="font-mono">{shortAddress(row.txHash)}</span>;
      const link = href ? (
        <a
          href={href}
          target="_blank"
          rel="noreferrer"
          className="underline"
          aria-label={`Transaction ${row.txHash}`}
        >
          {label}
        </a>
      ) : (
        <span title={row.txHash}>
          {label} · block {row.blockNumber.toString()}
        </span>
      );
      return <span data-tx={row.txHash}>{link}</span>;
    },
  },
];

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The connected account's history from the indexer: newest first, filterable by kind, paged, CSV export. */
export default function MyActivity() {
  const { address, isConnected } = useAccount();
  const [filter, setFilter] = useUrlState<ActivityFilter>(
    parseActivityFilter,
    activitySearchParams,
    URL_KEYS,
  );
  const activity = useActivity(filter);
  const health = useIndexerStatus();
  const [exporting, setExporting] = useState(false);

  if (!isConnected || !address) {
    return <EmptyState title="Not connected">Connect a wallet to see its activity.</EmptyState>;
  }

  const exportCsv = async () => {
    setExporting(true);
    try {
      const rows: Activity[] = [];
      for (let page = 1; rows.length < CSV_MAX_ROWS; page++) {
        const result = await fetchActivity(address, { ...filter, page, pageSize: 100 });
        rows.push(...result.items);
        if (!result.hasNext) break;
      }
      download(`dta-activity-${address.toLowerCase()}.csv`, activityCsv(rows));
    } finally {
      setExporting(false);
    }
  };

  const kind = filter.kinds.length === 1 ? filter.kinds[0] : "";
  const toolbar = (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <label className="flex items-center gap-2">
        Show
        <select
          aria-label="Kind of activity"
          className="input w-auto py-1"
          value={kind}
          onChange={(e) => {
            const value = e.target.value;
            setFilter({ ...filter, kinds: isActivityKind(value) ? [value] : [], page: 1 });
          }}
        >
          <option value="">Everything</option>
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTIVITY_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn-secondary ml-auto"
        disabled={exporting || !activity.data || activity.data.items.length === 0}
        onClick={() => void exportCsv()}
      >
        {exporting ? "Preparing CSV…" : "Export CSV"}
      </button>
    </div>
  );

  return (
    <div className="space-y-3">
      <IndexerNotice health={health} what="Your activity history" />
      <DataTable
        caption="Activity"
        testId="my-activity"
        columns={COLUMNS}
        rowKey={(row) => row.id}
        data={activity.data}
        state={filter}
        onStateChange={(next) => setFilter({ ...filter, ...next })}
        sortColumn="when"
        error={
          activity.isError && !activity.data
            ? "Your activity could not be loaded from the history service."
            : undefined
        }
        onRetry={() => void activity.refetch()}
        empty="Transfers, stakes, claims, swaps and vesting releases of this account appear here."
        toolbar={toolbar}
      />
    </div>
  );
}
