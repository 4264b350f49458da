import Link from "next/link";
import { TableView, type Column } from "@/components/ui/TableView";
import { formatDta, shortAddress } from "@/lib/format";
import type { Twin } from "@/lib/indexer/twins";
import { twinTypeName } from "@/lib/twins/labels";
import { QualityBadge, StatusBadge } from "./TwinBadges";

const COLUMNS: readonly Column<Twin>[] = [
  {
    id: "twin",
    header: "Twin",
    cell: (t) => (
      <Link href={`/twins/${t.id}`} className="font-medium underline" data-twin-id={t.id.toString()}>
        #{t.id.toString()} {t.category}
      </Link>
    ),
  },
  { id: "type", header: "Type", cell: (t) => twinTypeName(t.typeId) },
  { id: "quality", header: "Quality", cell: (t) => <QualityBadge score={t.quality} /> },
  { id: "status", header: "Status", cell: (t) => <StatusBadge status={t.status} /> },
  {
    id: "rate",
    header: "Rate (DTA/hour)",
    align: "right",
    cell: (t) => formatDta(t.ratePerHour),
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

/** One page of twins as HTML rows (rendered on the server; no wallet code). */
export function TwinsTable({ twins }: { readonly twins: readonly Twin[] }) {
  return (
    <TableView
      caption="Twins"
      columns={COLUMNS}
      rowKey={(t) => t.id.toString()}
      rows={twins}
      testId="twins-table"
    />
  );
}
