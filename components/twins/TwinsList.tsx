"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { useIndexerStatus } from "@/hooks/indexer/useIndexerStatus";
import { useTwinSettings, useTwins } from "@/hooks/twins/useTwinIndex";
import { useScopeKey } from "@/hooks/useScopeKey";
import { useUrlState } from "@/hooks/useUrlState";
import { formatDta, shortAddress } from "@/lib/format";
import { parseTwinFilter, twinSearchParams, type TwinFilter } from "@/lib/indexer/twinParams";
import type { Twin } from "@/lib/indexer/twins";
import { effectiveRate, type TwinSettings } from "@/lib/indexer/twinSettings";
import { TWIN_SORTS, TWIN_STATUSES, isTwinSort, isTwinStatus } from "@/lib/indexer/twinTypes";
import { TWIN_SORT_LABELS, TWIN_STATUS_LABELS, twinTypeName, twinTypeOptions } from "@/lib/twins/labels";
import { QualityBadge, StatusBadge } from "./TwinBadges";

const URL_KEYS = ["type", "category", "owner", "status", "sort", "page", "pageSize"] as const;

function columns(settings: TwinSettings | undefined): readonly Column<Twin>[] {
  const types = twinTypeOptions(settings?.types);
  return [
    {
      id: "twin",
      header: "Twin",
      cell: (t) => (
        <Link href={`/twins/${t.id}`} className="font-medium underline" data-twin-id={t.id.toString()}>
          #{t.id.toString()} {t.category}
        </Link>
      ),
    },
    {
      id: "type",
      header: "Type",
      cell: (t) => types.find((x) => x.id === t.typeId)?.name ?? twinTypeName(t.typeId),
    },
    { id: "quality", header: "Quality", cell: (t) => <QualityBadge score={t.quality} /> },
    { id: "status", header: "Status", cell: (t) => <StatusBadge status={t.status} /> },
    {
      id: "rate",
      header: "Rate (DTA/hour)",
      align: "right",
      // What a buyer pays: a rate outside governance's current bounds is charged at the nearest bound.
      cell: (t) => formatDta(settings ? effectiveRate(t.ratePerHour, settings.rateBounds) : t.ratePerHour),
    },
    { id: "jobs", header: "Jobs done", align: "right", cell: (t) => t.jobsDone },
    {
      id: "earnings",
      header: "Earnings (DTA)",
      align: "right",
      cell: (t) => (
        <span
          title={`${formatDta(t.rewardsClaimed)} DTA sync rewards + ${formatDta(t.jobEarnings)} DTA from jobs`}
        >
          {formatDta(t.earnings)}
        </span>
      ),
    },
    { id: "owner", header: "Owner", cell: (t) => <span className="font-mono">{shortAddress(t.owner)}</span> },
  ];
}

/** Every twin from the indexer: filters, sort and page in the URL; "my twins" for the connected owner. */
export default function TwinsList() {
  const { account } = useScopeKey();
  const [filter, setFilter] = useUrlState<TwinFilter>(parseTwinFilter, twinSearchParams, URL_KEYS);
  const twins = useTwins(filter);
  const settings = useTwinSettings().data;
  const health = useIndexerStatus();
  const [category, setCategory] = useState(filter.category ?? "");
  const change = (next: Partial<TwinFilter>) => setFilter({ ...filter, ...next, page: 1 });
  const mine = account !== undefined && filter.owner === account.toLowerCase();

  function applyCategory(event: FormEvent) {
    event.preventDefault();
    change({ category: category.trim() || undefined });
  }

  const toolbar = (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        Type
        <select
          aria-label="Twin type"
          className="input w-auto py-1"
          value={filter.type ?? ""}
          onChange={(e) => change({ type: e.target.value === "" ? undefined : Number(e.target.value) })}
        >
          <option value="">Every type</option>
          {twinTypeOptions(settings?.types).map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <form onSubmit={applyCategory} className="flex items-end gap-1">
        <label className="flex flex-col gap-1">
          Category
          <input
            className="input w-40 py-1"
            aria-label="Category"
            placeholder="e.g. Wind farms"
            value={category}
            onChange={(e) => setCategory(e.target.value)}
          />
        </label>
        <button type="submit" className="btn-secondary">
          Filter
        </button>
      </form>
      <label className="flex flex-col gap-1">
        Status
        <select
          aria-label="Status"
          className="input w-auto py-1"
          value={filter.status ?? ""}
          onChange={(e) => change({ status: isTwinStatus(e.target.value) ? e.target.value : undefined })}
        >
          <option value="">Registered (any status)</option>
          {TWIN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {TWIN_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Sort by
        <select
          aria-label="Sort by"
          className="input w-auto py-1"
          value={filter.sort}
          onChange={(e) => isTwinSort(e.target.value) && change({ sort: e.target.value })}
        >
          {TWIN_SORTS.map((s) => (
            <option key={s} value={s}>
              {TWIN_SORT_LABELS[s]}
              {s === "newest" ? "" : " (highest first)"}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 pb-1">
        <input
          type="checkbox"
          checked={mine}
          disabled={!account}
          onChange={(e) => change({ owner: e.target.checked ? account : undefined })}
        />
        My twins{!account && " (connect a wallet)"}
      </label>
      <Link href="/twins/register" className="btn-primary ml-auto">
        Register a twin
      </Link>
    </div>
  );

  return (
    <div className="space-y-3">
      <IndexerNotice health={health} what="The twin list" />
      {settings && (
        <p className="text-sm text-slate-600" data-testid="twin-rate-bounds">
          Owners set simulation rates within governance&apos;s bounds: {formatDta(settings.rateBounds.min)} to{" "}
          {formatDta(settings.rateBounds.max)} DTA per hour.
        </p>
      )}
      <DataTable
        caption="Twins"
        columns={columns(settings)}
        rowKey={(t) => t.id.toString()}
        data={twins.data}
        state={{ page: filter.page, pageSize: filter.pageSize, sort: "newest" }}
        onStateChange={(next) => setFilter({ ...filter, page: next.page, pageSize: next.pageSize })}
        error={
          twins.isError && !twins.data
            ? "The twin list can't be loaded: the indexer is unreachable."
            : undefined
        }
        onRetry={() => void twins.refetch()}
        empty={mine ? "You have no twins yet: register one." : "No twin matches these filters."}
        toolbar={toolbar}
        testId="twins-table"
      />
    </div>
  );
}
