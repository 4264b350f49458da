"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { lazy, useState, type FormEvent } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { useUrlState } from "@/hooks/useUrlState";
import { parseTwinFilter, twinSearchParams, type TwinFilter } from "@/lib/indexer/twinParams";
import { TWIN_SORTS, TWIN_STATUSES, isTwinSort, isTwinStatus } from "@/lib/indexer/twinTypes";
import { TWIN_SORT_LABELS, TWIN_STATUS_LABELS, twinTypeOptions } from "@/lib/twins/labels";
import { MyTwinsTogglePlaceholder } from "./MyTwinsTogglePlaceholder";

export const TWIN_URL_KEYS = ["type", "category", "owner", "status", "sort", "page", "pageSize"] as const;

const MyTwinsToggle = lazy(() => import("./MyTwinsToggle"));

/**
 * The twin list's filters: they change the URL and the server renders the matching page (app/twins/page.tsx).
 * Only "My twins" needs the wallet, so only it is a web3 island.
 */
export function TwinsFilters({
  types,
}: {
  /** Governance's twin types from the indexer (the starting list when it could not be read). */
  readonly types?: readonly { readonly id: number; readonly name: string }[];
}) {
  const [filter, setFilter] = useUrlState<TwinFilter>(parseTwinFilter, twinSearchParams, TWIN_URL_KEYS);
  const [category, setCategory] = useState(filter.category ?? "");
  const change = (next: Partial<TwinFilter>) => setFilter({ ...filter, ...next, page: 1 });

  function applyCategory(event: FormEvent) {
    event.preventDefault();
    change({ category: category.trim() || undefined });
  }

  return (
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
          {twinTypeOptions(types).map(({ id, name }) => (
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
      <Web3Island component={MyTwinsToggle} fallback={<MyTwinsTogglePlaceholder />} />
      <IntentLink href="/twins/register" className="btn-primary ml-auto">
        Register a twin
      </IntentLink>
    </div>
  );
}
