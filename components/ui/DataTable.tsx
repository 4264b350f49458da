"use client";

import type { ReactNode } from "react";
import { type PaginatedResult, type SortOrder } from "@/lib/indexer/types";
import { EmptyState } from "./EmptyState";
import { Pager } from "./Pager";
import { Skeleton } from "./Skeleton";
import { TableView, type Column } from "./TableView";

export type { Column } from "./TableView";

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
      <TableView
        caption={caption}
        columns={columns}
        rowKey={rowKey}
        rows={data.items}
        testId={props.testId}
        ariaSort={(column) =>
          column.id === sortColumn ? (state.sort === "newest" ? "descending" : "ascending") : undefined
        }
        header={(column) =>
          column.id === sortColumn ? (
            <button
              type="button"
              className="underline decoration-dotted"
              onClick={() => go({ sort: state.sort === "newest" ? "oldest" : "newest", page: 1 })}
            >
              {column.header} {state.sort === "newest" ? "↓ newest first" : "↑ oldest first"}
            </button>
          ) : (
            column.header
          )
        }
      />
    );
  }

  return (
    <div className="card space-y-3" data-testid={props.testId}>
      {toolbar}
      {body}
      <Pager
        caption={caption}
        page={state.page}
        pageSize={state.pageSize}
        hasNext={data?.hasNext ?? false}
        onChange={(next) => go(next)}
      />
    </div>
  );
}
