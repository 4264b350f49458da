"use client";

import type { ReactNode } from "react";
import { PAGE_SIZES, type PaginatedResult, type SortOrder } from "@/lib/indexer/types";
import { EmptyState } from "./EmptyState";
import { Skeleton } from "./Skeleton";

export interface Column<Row> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly align?: "left" | "right";
}

export interface TablePage {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: SortOrder;
}

interface DataTableProps<Row> {
  /** What the table lists; its accessible name. */
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rowKey: (row: Row) => string;
  /** The page on screen; undefined while the first one loads. */
  readonly data: PaginatedResult<Row> | undefined;
  readonly state: TablePage;
  readonly onStateChange: (next: TablePage) => void;
  /** The column whose header toggles newest/oldest first; none when the toolbar offers its own sort. */
  readonly sortColumn?: string;
  readonly error?: string;
  readonly onRetry?: () => void;
  /** Shown when the page is empty. */
  readonly empty: ReactNode;
  /** Filters and actions above the table. */
  readonly toolbar?: ReactNode;
  readonly testId?: string;
}

/**
 * One paginated, sortable list for every page (activity, twins, marketplace, votes): page-size choice,
 * previous/next, a sortable column, loading/empty/error states. Its state is owned by the caller (kept in the
 * URL with useUrlState). Keyboard: every control is a native button or select.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { caption, columns, rowKey, data, state, onStateChange, sortColumn, error, onRetry, empty, toolbar } =
    props;
  const go = (change: Partial<TablePage>) => onStateChange({ ...state, ...change });

  let body: ReactNode;
  if (error) {
    body = (
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
        <p>{error}</p>
        {onRetry && (
          <button type="button" className="btn-secondary mt-3" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  } else if (!data) {
    body = <Skeleton className="h-32 w-full" label={`Loading ${caption.toLowerCase()}`} />;
  } else if (data.items.length === 0) {
    body = (
      <EmptyState title={state.page > 1 ? "Nothing on this page" : `No ${caption.toLowerCase()} yet`}>
        {empty}
      </EmptyState>
    );
  } else {
    body = (
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className={`py-2 pr-3 font-medium ${column.align === "right" ? "text-right" : ""}`}
                  aria-sort={
                    column.id === sortColumn
                      ? state.sort === "newest"
                        ? "descending"
                        : "ascending"
                      : undefined
                  }
                >
                  {column.id === sortColumn ? (
                    <button
                      type="button"
                      className="underline decoration-dotted"
                      onClick={() => go({ sort: state.sort === "newest" ? "oldest" : "newest", page: 1 })}
                    >
                      {column.header} {state.sort === "newest" ? "↓ newest first" : "↑ oldest first"}
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.items.map((row) => (
              <tr key={rowKey(row)} data-testid={props.testId ? `${props.testId}-row` : undefined}>
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={`py-2 pr-3 ${column.align === "right" ? "text-right tabular-nums" : ""}`}
                  >
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className="card space-y-3" data-testid={props.testId}>
      {toolbar}
      {body}
      <nav aria-label={`${caption} pages`} className="flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          className="btn-secondary"
          disabled={state.page <= 1}
          onClick={() => go({ page: state.page - 1 })}
        >
          Previous
        </button>
        <span aria-live="polite">Page {state.page}</span>
        <button
          type="button"
          className="btn-secondary"
          disabled={!data?.hasNext}
          onClick={() => go({ page: state.page + 1 })}
        >
          Next
        </button>
        <label className="ml-auto flex items-center gap-2">
          Rows per page
          <select
            aria-label="Rows per page"
            className="input w-auto py-1"
            value={state.pageSize}
            onChange={(e) => go({ pageSize: Number(e.target.value), page: 1 })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </div>
  );
}
