"use client";

import { useState } from "react";
import { useScopeKey } from "@/hooks/useScopeKey";
import { fetchStreamHistory, fetchStreams, type PaymentStream } from "@/lib/indexer/data";
import { MAX_PAGE_SIZE } from "@/lib/indexer/types";
import { streamCsvFileName, streamCsvRows, streamHistoryCsvFor } from "@/lib/streams/csv";

type ExportState =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "done"; readonly rows: number; readonly streams: number }
  | { readonly kind: "failed"; readonly message: string };

/**
 * Downloads the connected account's stream and payment history as CSV: every stream it sends or receives, every
 * event of each, from the indexer (page after page), built in the browser (lib/streams/csv.ts).
 */
export default function ExportStreamsCsv() {
  const { account } = useScopeKey();
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  if (!account) return null;

  async function download() {
    if (!account) return;
    setState({ kind: "working" });
    try {
      const streams: PaymentStream[] = [];
      for (let page = 1; ; page++) {
        const result = await fetchStreams({ account, role: "any", page, pageSize: MAX_PAGE_SIZE });
        streams.push(...result.items);
        if (!result.hasNext) break;
      }
      const events = await fetchStreamHistory(streams.map((s) => s.id));
      const rows = streamCsvRows(events, streams, account);
      const url = URL.createObjectURL(new Blob([streamHistoryCsvFor(rows)], { type: "text/csv" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = streamCsvFileName(account);
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "done", rows: rows.length, streams: streams.length });
    } catch {
      setState({
        kind: "failed",
        message: "The history can't be read: the indexer is unreachable. Try again.",
      });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        className="btn-secondary"
        disabled={state.kind === "working"}
        data-testid="streams-export"
        onClick={() => void download()}
      >
        {state.kind === "working" ? "Preparing the CSV…" : "Export my history (CSV)"}
      </button>
      {state.kind === "done" && (
        <span role="status" data-testid="streams-export-done" data-rows={state.rows}>
          {state.rows} event{state.rows === 1 ? "" : "s"} of {state.streams} stream
          {state.streams === 1 ? "" : "s"} exported.
        </span>
      )}
      {state.kind === "failed" && (
        <span role="alert" className="text-red-800">
          {state.message}
        </span>
      )}
    </div>
  );
}
