import { PAGE_SIZES } from "@/lib/indexer/types";

interface PagerProps {
  /** What the list holds; names the navigation ("<caption> pages"). */
  readonly caption: string;
  readonly page: number;
  readonly pageSize: number;
  readonly hasNext: boolean;
  readonly onChange: (next: { page: number; pageSize?: number }) => void;
  /** The page sizes offered (default: the tables' 10 / 25 / 50 / 100). */
  readonly sizes?: readonly number[];
  /** The page-size select's label (default "Rows per page"). */
  readonly sizeLabel?: string;
  /** Shown beside the page number, e.g. "of 13 (300 services)". */
  readonly summary?: string;
}

/** Previous / next and rows per page under a list: native buttons and a select, so the keyboard just works. */
export function Pager({
  caption,
  page,
  pageSize,
  hasNext,
  onChange,
  sizes = PAGE_SIZES,
  sizeLabel = "Rows per page",
  summary,
}: PagerProps) {
  return (
    <nav aria-label={`${caption} pages`} className="flex flex-wrap items-center gap-3 text-sm">
      <button
        type="button"
        className="btn-secondary"
        disabled={page <= 1}
        onClick={() => onChange({ page: page - 1 })}
      >
        Previous
      </button>
      <span aria-live="polite">
        Page {page}
        {summary ? ` ${summary}` : ""}
      </span>
      <button
        type="button"
        className="btn-secondary"
        disabled={!hasNext}
        onClick={() => onChange({ page: page + 1 })}
      >
        Next
      </button>
      <label className="ml-auto flex items-center gap-2">
        {sizeLabel}
        <select
          aria-label={sizeLabel}
          className="input w-auto py-1"
          value={pageSize}
          onChange={(e) => onChange({ pageSize: Number(e.target.value), page: 1 })}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
