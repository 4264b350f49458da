import { TableView, type Column } from "@/components/ui/TableView";
import { formatDta } from "@/lib/format";
import type { BucketHolding } from "@/lib/governance/treasury";

const figure = (value: bigint, testId: string) => (
  <span data-testid={testId} data-value={value.toString()}>
    {formatDta(value)}
  </span>
);

const COLUMNS: readonly Column<BucketHolding>[] = [
  { id: "bucket", header: "Bucket", cell: (b) => b.label },
  { id: "genesis", header: "At genesis", cell: (b) => formatDta(b.genesis), align: "right" },
  {
    id: "spent",
    header: "Spent by proposals",
    cell: (b) => figure(b.spent, `bucket-spent-${b.id}`),
    align: "right",
  },
  {
    id: "burned",
    header: "Burned by proposals",
    cell: (b) => figure(b.burned, `bucket-burned-${b.id}`),
    align: "right",
  },
  { id: "held", header: "Held", cell: (b) => figure(b.held, `bucket-held-${b.id}`), align: "right" },
];

/** The timelock's buckets: genesis, what proposals spent and burned from each, and what is left. */
export function TreasuryBuckets({ buckets }: { readonly buckets: readonly BucketHolding[] }) {
  return (
    <TableView
      caption="The timelock's buckets"
      columns={COLUMNS}
      rows={buckets}
      rowKey={(b) => b.id}
      testId="bucket"
    />
  );
}
