import type { ReactNode } from "react";

/** A labelled figure: "Total supply — 1,000,000,000 DTA". The value element carries the test id. */
export function StatCard({
  label,
  unit,
  testId,
  value,
  rawValue,
  hint,
}: {
  label: string;
  unit: string;
  testId: string;
  /** The formatted figure, or a skeleton / empty state while there is none. */
  value: ReactNode;
  /** Base units, for exact comparisons in tests. */
  rawValue?: bigint;
  hint?: ReactNode;
}) {
  return (
    <div className="card min-w-0">
      <h3 className="text-sm font-medium text-slate-600">{label}</h3>
      <p className="mt-2 flex flex-wrap items-baseline gap-x-1.5 text-2xl font-semibold tabular-nums text-slate-900">
        <span data-testid={testId} data-value={rawValue?.toString()} className="break-all">
          {value}
        </span>
        <span className="text-base font-medium text-slate-600">{unit}</span>
      </p>
      {hint && <div className="mt-1 text-sm text-slate-600">{hint}</div>}
    </div>
  );
}
