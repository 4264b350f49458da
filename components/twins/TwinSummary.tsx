import { formatDta } from "@/lib/format";
import type { TwinDetail } from "@/lib/indexer/twins";
import { twinTypeName } from "@/lib/twins/labels";
import { QualityBadge, StatusBadge } from "./TwinBadges";

/**
 * A twin as the indexer last saw it, rendered on the server: what the page shows at once, while the live view
 * (chain figures, jobs, what the viewer may do) loads.
 */
export function TwinSummary({
  id,
  detail,
}: {
  readonly id: string;
  readonly detail: TwinDetail | undefined;
}) {
  const twin = detail?.twin;
  const figures: readonly (readonly [string, string, string])[] = twin
    ? [
        ["Bond locked", formatDta(twin.bond), "DTA"],
        ["Simulation rate", formatDta(twin.ratePerHour), "DTA/hour"],
        ["Jobs done", String(twin.jobsDone), ""],
        ["Earned so far", formatDta(twin.earnings), "DTA"],
      ]
    : [];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">
          Twin #{id}
          {twin && <span className="font-normal text-slate-600"> · {twin.category}</span>}
        </h1>
        {twin && <StatusBadge status={twin.status} />}
        {twin && <QualityBadge score={twin.quality} />}
      </div>
      {twin ? (
        <>
          <p className="text-sm text-slate-600">
            {twinTypeName(twin.typeId)} · owner <span className="break-all font-mono">{twin.owner}</span> ·
            metadata <span className="break-all font-mono">{twin.metadataUri}</span>
          </p>
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {figures.map(([label, value, unit]) => (
              <div key={label} className="card min-w-0">
                <dt className="text-sm font-medium text-slate-600">{label}</dt>
                <dd className="mt-2 text-2xl font-semibold tabular-nums text-slate-900">
                  {value} <span className="text-base font-medium text-slate-600">{unit}</span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="text-sm text-slate-600">Loading the twin&apos;s live figures…</p>
      )}
    </div>
  );
}
