import type { Column } from "@/components/ui/TableView";
import { formatDta, shortAddress } from "@/lib/format";
import type { TwinJob } from "@/lib/indexer/twins";
import { formatUnlockDate } from "@/lib/staking/wizard";
import { JOB_STATUS_LABELS } from "@/lib/twins/labels";

/** A twin's simulation jobs as columns: the server page's read-only table and the live view's (plus actions). */
export const JOB_COLUMNS: readonly Column<TwinJob>[] = [
  { id: "job", header: "Job", cell: (j) => `#${j.jobId}` },
  { id: "buyer", header: "Buyer", cell: (j) => <span className="font-mono">{shortAddress(j.buyer)}</span> },
  { id: "hours", header: "Hours", align: "right", cell: (j) => j.hours },
  {
    id: "paid",
    header: "Paid (DTA)",
    align: "right",
    cell: (j) => <span data-value={j.paid.toString()}>{formatDta(j.paid)}</span>,
  },
  {
    id: "status",
    header: "Status",
    cell: (j) => <span data-job-status={j.status}>{JOB_STATUS_LABELS[j.status]}</span>,
  },
  { id: "deadline", header: "Deadline", cell: (j) => formatUnlockDate(j.deadline) },
];
