import type { ReactNode } from "react";

/** A chart's table view: a native disclosure, so it works without JavaScript and with any keyboard. */
export function TableView({
  summary = "Show as table",
  children,
}: {
  summary?: string;
  children: ReactNode;
}) {
  return (
    <details className="group mt-4 rounded-lg border border-slate-200">
      <summary className="cursor-pointer select-none rounded-lg px-3 py-2 text-sm font-semibold text-teal-800 hover:bg-slate-50">
        {summary}
      </summary>
      <div className="border-t border-slate-200 p-3">{children}</div>
    </details>
  );
}
