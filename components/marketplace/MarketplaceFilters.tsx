"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { useState, type FormEvent } from "react";
import { useUrlState } from "@/hooks/useUrlState";
import { parseAmount } from "@/lib/amount";
import { formatDta } from "@/lib/format";
import { parseServiceFilter, serviceSearchParams, type ServiceFilter } from "@/lib/indexer/marketplaceParams";
import {
  SERVICE_CATEGORIES,
  isServiceStatusFilter,
  type ServiceSort,
  type SortDirection,
} from "@/lib/indexer/marketplaceTypes";

export const SERVICE_URL_KEYS = [
  "q",
  "category",
  "sort",
  "order",
  "minPrice",
  "maxPrice",
  "minRating",
  "status",
  "provider",
  "page",
  "limit",
] as const;

const ORDERINGS: readonly (readonly [ServiceSort, SortDirection, string])[] = [
  ["newest", "desc", "Newest first"],
  ["newest", "asc", "Oldest first"],
  ["rating", "desc", "Best rated"],
  ["rating", "asc", "Lowest rated"],
  ["price", "asc", "Lowest price"],
  ["price", "desc", "Highest price"],
  ["usage", "desc", "Most used"],
  ["usage", "asc", "Least used"],
];
const MIN_RATINGS = [
  [undefined, "Any rating"],
  [100, "1 star or more"],
  [200, "2 stars or more"],
  [300, "3 stars or more"],
  [400, "4 stars or more"],
  [450, "4.5 stars or more"],
] as const;

const priceText = (value: bigint | undefined) =>
  value === undefined ? "" : formatDta(value).replace(/,/g, "");

/** A DTA price typed in a filter: empty is no bound; otherwise base units or why not. */
function priceBound(text: string, what: string): { value?: bigint; error?: string } {
  if (text.trim() === "") return {};
  const parsed = parseAmount(text);
  if (parsed.ok) return { value: parsed.value };
  return parsed.code === "zero" ? { value: 0n } : { error: `${what}: ${parsed.message}` };
}

/**
 * The marketplace browser's filters: they change the URL and the server renders the matching page
 * (app/marketplace/page.tsx). No wallet code.
 */
export function MarketplaceFilters() {
  const [filter, setFilter] = useUrlState<ServiceFilter>(
    parseServiceFilter,
    serviceSearchParams,
    SERVICE_URL_KEYS,
  );
  const [q, setQ] = useState(filter.q ?? "");
  const [minPrice, setMinPrice] = useState(priceText(filter.minPrice));
  const [maxPrice, setMaxPrice] = useState(priceText(filter.maxPrice));
  const [error, setError] = useState<string | undefined>();
  const change = (next: Partial<ServiceFilter>) => setFilter({ ...filter, ...next, page: 1 });

  function apply(event: FormEvent) {
    event.preventDefault();
    const min = priceBound(minPrice, "Lowest price");
    const max = priceBound(maxPrice, "Highest price");
    const problem =
      min.error ??
      max.error ??
      (min.value !== undefined && max.value !== undefined && min.value > max.value
        ? "The lowest price is above the highest price."
        : undefined);
    setError(problem);
    if (problem) return;
    change({ q: q.trim() || undefined, minPrice: min.value, maxPrice: max.value });
  }

  const ordering = ORDERINGS.findIndex(([sort, order]) => sort === filter.sort && order === filter.order);

  return (
    <div className="space-y-3 text-sm">
      <div role="group" aria-label="Category" className="flex flex-wrap gap-2">
        {[undefined, ...SERVICE_CATEGORIES.map((_, id) => id)].map((id) => {
          const selected = filter.category === id;
          return (
            <button
              key={id ?? "all"}
              type="button"
              aria-pressed={selected}
              data-testid="category-chip"
              className={`rounded-full border px-3 py-1 font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-teal-600 ${
                selected
                  ? "border-teal-700 bg-teal-700 text-white"
                  : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"
              }`}
              onClick={() => change({ category: id })}
            >
              {id === undefined ? "All" : SERVICE_CATEGORIES[id]}
            </button>
          );
        })}
      </div>
      <form onSubmit={apply} noValidate className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-0 flex-1 basis-52 flex-col gap-1">
          Search
          <input
            type="search"
            className="input py-1"
            aria-label="Search services by name"
            placeholder="Service name, e.g. OCR"
            maxLength={64}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1">
          Price from (DTA)
          <input
            inputMode="decimal"
            className="input w-28 py-1"
            aria-label="Lowest price per query in DTA"
            placeholder="0"
            value={minPrice}
            onChange={(e) => setMinPrice(e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1">
          to (DTA)
          <input
            inputMode="decimal"
            className="input w-28 py-1"
            aria-label="Highest price per query in DTA"
            placeholder="any"
            value={maxPrice}
            onChange={(e) => setMaxPrice(e.target.value)}
          />
        </label>
        <button type="submit" className="btn-secondary">
          Apply
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert" data-testid="filter-error">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          Sort by
          <select
            aria-label="Sort by"
            className="input w-auto py-1"
            value={ordering === -1 ? 0 : ordering}
            onChange={(e) => {
              const [sort, order] = ORDERINGS[Number(e.target.value)] ?? ORDERINGS[0]!;
              change({ sort, order });
            }}
          >
            {ORDERINGS.map(([sort, order, label], index) => (
              <option key={`${sort}-${order}`} value={index}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Rating
          <select
            aria-label="Minimum rating"
            className="input w-auto py-1"
            value={filter.minRatingX100 ?? ""}
            onChange={(e) =>
              change({ minRatingX100: e.target.value === "" ? undefined : Number(e.target.value) })
            }
          >
            {MIN_RATINGS.map(([value, label]) => (
              <option key={label} value={value ?? ""}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Status
          <select
            aria-label="Status"
            className="input w-auto py-1"
            value={filter.status}
            onChange={(e) => isServiceStatusFilter(e.target.value) && change({ status: e.target.value })}
          >
            <option value="active">Taking payments</option>
            <option value="paused">Paused</option>
            <option value="all">All</option>
          </select>
        </label>
        <IntentLink href="/marketplace/new" className="btn-primary ml-auto">
          List a service
        </IntentLink>
      </div>
    </div>
  );
}
