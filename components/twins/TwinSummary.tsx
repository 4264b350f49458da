import { EmptyState } from "@/components/ui/EmptyState";
import { TableView } from "@/components/ui/TableView";
import { UrlPager } from "@/components/ui/UrlPager";
import { WalletPrompt } from "@/components/web3/WalletPrompt";
import { formatDta } from "@/lib/format";
import type { PaginatedResult } from "@/lib/indexer/types";
import type { TwinDetail, TwinJob } from "@/lib/indexer/twins";
import type { TwinStatus } from "@/lib/indexer/twinTypes";
import type { TwinLive } from "@/lib/server/twinReads";
import { twinTypeName } from "@/lib/twins/labels";
import { JOB_COLUMNS } from "./jobColumns";
import { QualityHistory } from "./QualityHistory";
import { QualityBadge, StatusBadge } from "./TwinBadges";

/**
 * A twin rendered on the server, readable with no wallet code: the chain's live figures (bond, rate, quality,
 * status, owner), the indexer's history (earnings, quality over time) and the first page of its jobs. Buying
 * simulation time and the owner's tools load with the wallet (the live view then takes the page's place).
 */
export function TwinSummary({
  id,
  detail,
  live,
  chainTime,
  jobs,
}: {
  readonly id: string;
  readonly detail: TwinDetail | undefined;
  readonly live: TwinLive["twin"] | undefined;
  /** The chain's time at the live read: the quality chart holds the last score up to it, as the live view does. */
  readonly chainTime: bigint | undefined;
  readonly jobs: PaginatedResult<TwinJob> | undefined;
}) {
  const indexed = detail?.twin;
  const status: TwinStatus | undefined = live
    ? live.cooldownEnds !== 0n
      ? "deregistering"
      : live.quality < 50
        ? "suspended"
        : "active"
    : indexed?.status;
  const quality = live?.quality ?? indexed?.quality;
  const figures: readonly (readonly [string, string, string, string])[] = [
    [
      "Bond locked",
      live ? formatDta(live.bond) : indexed ? formatDta(indexed.bond) : "—",
      "DTA",
      "twin-bond",
    ],
    [
      "Simulation rate",
      live ? formatDta(live.ratePerHour) : indexed ? formatDta(indexed.ratePerHour) : "—",
      "DTA/hour",
      "twin-rate",
    ],
    ["Jobs done", indexed ? String(indexed.jobsDone) : "—", "", "twin-jobs-done"],
    ["Earned so far", indexed ? formatDta(indexed.earnings) : "—", "DTA", "twin-earnings"],
  ];
  return (
    <div className="space-y-6" data-testid="twin-summary">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">
          Twin #{id}
          {indexed && <span className="font-normal text-slate-600"> · {indexed.category}</span>}
        </h1>
        {status && <StatusBadge status={status} />}
        {quality !== undefined && <QualityBadge score={quality} />}
      </div>
      {(live || indexed) && (
        <p className="text-sm text-slate-600">
          {twinTypeName(live?.typeId ?? indexed?.typeId ?? 0)} · owner{" "}
          <span className="break-all font-mono">{live?.owner ?? indexed?.owner}</span>
          {indexed && (
            <>
              {" "}
              · metadata <span className="break-all font-mono">{indexed.metadataUri}</span>
            </>
          )}
        </p>
      )}
      <section aria-labelledby="twin-figures-heading">
        <h2 id="twin-figures-heading" className="sr-only">
          Figures
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {figures.map(([label, value, unit, testId]) => (
            <div key={label} className="card min-w-0" data-testid={testId}>
              <dt className="text-sm font-medium text-slate-600">{label}</dt>
              <dd className="mt-2 text-2xl font-semibold tabular-nums text-slate-900">
                {value} <span className="text-base font-medium text-slate-600">{unit}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {indexed && (
        <p className="text-sm text-slate-600">
          Earnings: {formatDta(indexed.rewardsClaimed)} DTA claimed rewards + {formatDta(indexed.jobEarnings)}{" "}
          DTA from jobs.
        </p>
      )}
      {detail && <QualityHistory points={detail.quality} now={chainTime} />}
      <WalletPrompt what="to buy simulation time on this twin, or to manage it if it is yours" />
      <section aria-labelledby="jobs-heading" className="space-y-3">
        <h2 id="jobs-heading" className="text-lg font-semibold text-slate-900">
          Simulation jobs
        </h2>
        <div className="card space-y-3" data-testid="jobs-table">
          {jobs && jobs.items.length > 0 && (
            <TableView
              caption="Simulation jobs"
              columns={JOB_COLUMNS}
              rowKey={(j) => j.jobId.toString()}
              rows={jobs.items}
              testId="jobs-table"
            />
          )}
          {jobs && jobs.items.length === 0 && (
            <EmptyState title="No jobs yet">Nobody bought simulation hours on this twin yet.</EmptyState>
          )}
          {!jobs && (
            <p className="text-sm text-slate-600">
              The jobs can&apos;t be loaded: the indexer is unreachable.
            </p>
          )}
          <UrlPager caption="Simulation jobs" hasNext={jobs?.hasNext ?? false} />
        </div>
      </section>
    </div>
  );
}
