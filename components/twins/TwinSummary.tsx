import { StatCard } from "@/components/ui/StatCard";
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
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <StatCard
              label="Bond locked"
              unit="DTA"
              testId="twin-summary-bond"
              value={formatDta(twin.bond)}
            />
            <StatCard
              label="Simulation rate"
              unit="DTA/hour"
              testId="twin-summary-rate"
              value={formatDta(twin.ratePerHour)}
            />
            <StatCard label="Jobs done" unit="" testId="twin-summary-jobs-done" value={twin.jobsDone} />
            <StatCard
              label="Earned so far"
              unit="DTA"
              testId="twin-summary-earnings"
              value={formatDta(twin.earnings)}
            />
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-600">Loading the twin&apos;s live figures…</p>
      )}
    </div>
  );
}
