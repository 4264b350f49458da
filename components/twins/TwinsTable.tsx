import { IntentLink } from "@/components/ui/IntentLink";
import { TableView, type Column } from "@/components/ui/TableView";
import { formatDta, shortAddress } from "@/lib/format";
import type { Twin } from "@/lib/indexer/twins";
import { effectiveRate, type TwinSettings } from "@/lib/indexer/twinSettings";
import { twinTypeName, twinTypeOptions } from "@/lib/twins/labels";
import { QualityBadge, StatusBadge } from "./TwinBadges";

function columns(settings: TwinSettings | undefined): readonly Column<Twin>[] {
  const types = twinTypeOptions(settings?.types);
  return [
    {
      id: "twin",
      header: "Twin",
      cell: (t) => (
        <IntentLink href={`/twins/${t.id}`} className="font-medium underline" data-twin-id={t.id.toString()}>
          #{t.id.toString()} {t.category}
        </IntentLink>
      ),
    },
    {
      id: "type",
      header: "Type",
      cell: (t) => types.find((x) => x.id === t.typeId)?.name ?? twinTypeName(t.typeId),
    },
    { id: "quality", header: "Quality", cell: (t) => <QualityBadge score={t.quality} /> },
    { id: "status", header: "Status", cell: (t) => <StatusBadge status={t.status} /> },
    {
      id: "rate",
      header: "Rate (DTA/hour)",
      align: "right",
      // What a buyer pays: a rate outside governance's current bounds is charged at the nearest bound.
      cell: (t) => formatDta(settings ? effectiveRate(t.ratePerHour, settings.rateBounds) : t.ratePerHour),
    },
    { id: "jobs", header: "Jobs done", align: "right", cell: (t) => t.jobsDone },
    {
      id: "earnings",
      header: "Earnings (DTA)",
      align: "right",
      cell: (t) => (
        <span
          title={`${formatDta(t.rewardsClaimed)} DTA sync rewards + ${formatDta(t.jobEarnings)} DTA from jobs`}
        >
          {formatDta(t.earnings)}
        </span>
      ),
    },
    { id: "owner", header: "Owner", cell: (t) => <span className="font-mono">{shortAddress(t.owner)}</span> },
  ];
}

/** One page of twins as HTML rows (rendered on the server; no wallet code). */
export function TwinsTable({
  twins,
  settings,
}: {
  readonly twins: readonly Twin[];
  /** Governance's types and rate bounds (undefined when the indexer could not be read for them). */
  readonly settings?: TwinSettings;
}) {
  return (
    <TableView
      caption="Twins"
      columns={columns(settings)}
      rowKey={(t) => t.id.toString()}
      rows={twins}
      testId="twins-table"
    />
  );
}
