"use client";

import { useEffect, useRef, useState } from "react";
import { formatCompact, formatDta } from "@/lib/format";
import { GENESIS_ALLOCATION, GENESIS_SUPPLY, bucketTotal } from "@/lib/tokenomics/allocation";
import { bucketRows, subAllocationRows, type AllocationRow } from "./allocationData";
import { DonutChart } from "./charts/DonutChart";

const BUCKET_ROWS = bucketRows();

function Swatch({ color }: { color: string }) {
  return (
    <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-sm" style={{ backgroundColor: color }} />
  );
}

function RowText({ row }: { row: AllocationRow }) {
  return (
    <>
      <Swatch color={row.fill} />
      <span className="min-w-0 flex-1">
        <span className="block font-medium text-slate-900">{row.label}</span>
        {row.note && <span className="block text-xs text-slate-600">{row.note}</span>}
      </span>
      <span className="text-right tabular-nums">
        <span className="block text-sm text-slate-900">{formatDta(row.amount)} DTA</span>
        <span className="block text-xs text-slate-600">{row.share}</span>
      </span>
    </>
  );
}

/**
 * The genesis allocation donut with drill-down: a bucket (slice click, or its button in the list) shows its
 * sub-allocations; Back returns. Focus moves to Back on drill-down and returns to the bucket's button after.
 */
export function AllocationExplorer() {
  const [bucketId, setBucketId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const lastBucket = useRef<string | null>(null);
  const moveFocus = useRef(false);
  const bucket = GENESIS_ALLOCATION.find((b) => b.id === bucketId);
  const rows = bucket ? subAllocationRows(bucket) : BUCKET_ROWS;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const selector = bucketId ? "[data-allocation-back]" : `[data-bucket="${lastBucket.current ?? ""}"]`;
    listRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [bucketId]);

  const open = (id: string) => {
    if (!GENESIS_ALLOCATION.some((b) => b.id === id)) return;
    lastBucket.current = id;
    moveFocus.current = true;
    setBucketId(id);
  };
  const back = () => {
    moveFocus.current = true;
    setBucketId(null);
  };

  const title = bucket ? bucket.label : "All 7 buckets";
  const total = bucket ? bucketTotal(bucket) : GENESIS_SUPPLY;

  return (
    <div className="grid items-start gap-6 md:grid-cols-2">
      <DonutChart
        data={rows}
        label={`Donut chart: ${title}, ${formatDta(total)} DTA in ${rows.length} parts. The figures are listed beside it.`}
        onSelect={bucket ? undefined : open}
        centerTitle={bucket ? bucket.label : "Genesis supply"}
        centerValue={`${formatCompact(total)} DTA`}
      />
      <div ref={listRef} className="min-w-0" data-testid="allocation-list">
        <div className="flex min-h-[2.5rem] items-center justify-between gap-3">
          <h3 className="font-semibold text-slate-900">
            {title}
            <span className="block text-sm font-normal text-slate-600">{formatDta(total)} DTA</span>
          </h3>
          {bucket && (
            <button type="button" className="btn-secondary" onClick={back} data-allocation-back="">
              <span aria-hidden="true">←&nbsp;</span>Back<span className="sr-only"> to all buckets</span>
            </button>
          )}
        </div>
        <p aria-live="polite" className="sr-only">
          {bucket ? `Showing the ${rows.length} sub-allocations of ${bucket.label}` : "Showing all 7 buckets"}
        </p>
        <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200">
          {rows.map((row) => (
            <li key={row.id}>
              {bucket ? (
                <div className="flex items-center gap-3 px-3 py-2.5">
                  <RowText row={row} />
                </div>
              ) : (
                <button
                  type="button"
                  data-bucket={row.id}
                  onClick={() => open(row.id)}
                  className="flex w-full items-center gap-3 px-3 py-2.5 text-left hover:bg-slate-50"
                >
                  <RowText row={row} />
                  <span className="sr-only">, show sub-allocations</span>
                  <span aria-hidden="true" className="text-slate-500">
                    ›
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {!bucket && (
          <p className="mt-2 text-xs text-slate-600">Select a bucket to see where its tokens are held.</p>
        )}
      </div>
    </div>
  );
}
