import type { ReactNode } from "react";

export interface Column<Row> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly align?: "left" | "right";
  /** The header is for screen readers only (an actions column): every cell keeps a named header. */
  readonly hideHeader?: boolean;
}

interface TableViewProps<Row> {
  /** What the table lists; its accessible name. */
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rowKey: (row: Row) => string;
  readonly rows: readonly Row[];
  /** A column's header content when it isn't just its text (a sort toggle). */
  readonly header?: (column: Column<Row>) => ReactNode;
  readonly ariaSort?: (column: Column<Row>) => "ascending" | "descending" | undefined;
  readonly testId?: string;
}

/**
 * The rows of a list as a table. No hooks and no handlers of its own, so a server page renders it straight into
 * the HTML (the twin list) and DataTable renders it in the browser.
 */
export function TableView<Row>({
  caption,
  columns,
  rowKey,
  rows,
  header,
  ariaSort,
  testId,
}: TableViewProps<Row>) {
  return (
    // Positioned, so the table's visually hidden (absolutely positioned) labels scroll and clip with it instead
    // of widening the page on a phone.
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={`py-2 pr-3 font-medium ${column.align === "right" ? "text-right" : ""}`}
                aria-sort={ariaSort?.(column)}
              >
                {column.hideHeader ? (
                  <span className="sr-only">{column.header}</span>
                ) : header ? (
                  header(column)
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={testId ? `${testId}-row` : undefined}>
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
