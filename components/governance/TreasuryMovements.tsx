import { IntentLink } from "@/components/ui/IntentLink";
import { TableView, type Column } from "@/components/ui/TableView";
import { formatDta, shortAddress } from "@/lib/format";
import { TREASURY_BUCKETS } from "@/lib/governance/treasury";
import type { TreasuryMovement } from "@/lib/indexer/governance";

const bucketLabel = (id: string) => TREASURY_BUCKETS.find((b) => b.id === id)?.label ?? id;

const COLUMNS: readonly Column<TreasuryMovement>[] = [
  {
    id: "proposal",
    header: "Proposal",
    cell: (m) => (
      <IntentLink href={`/governance/${m.proposalId}`} className="hover:underline">
        {m.title}
      </IntentLink>
    ),
  },
  { id: "bucket", header: "Bucket", cell: (m) => bucketLabel(m.bucket) },
  {
    id: "what",
    header: "What",
    cell: (m) =>
      m.burned ? (
        "Burned"
      ) : (
        <>
          Granted to <span className="font-mono">{shortAddress(m.counterparty)}</span>
        </>
      ),
  },
  {
    id: "amount",
    header: "DTA",
    cell: (m) => (
      <span data-testid="movement-amount" data-value={m.amount.toString()}>
        {formatDta(m.amount)}
      </span>
    ),
    align: "right",
  },
  {
    id: "when",
    header: "Executed",
    cell: (m) => new Date(Number(m.timestamp) * 1000).toISOString().slice(0, 10),
  },
];

/** What executed proposals spent or burned from the timelock, newest first. */
export function TreasuryMovements({ movements }: { readonly movements: readonly TreasuryMovement[] }) {
  return (
    <TableView
      caption="Spending and burns by executed proposals"
      columns={COLUMNS}
      rows={movements}
      rowKey={(m) => m.id}
      testId="movement"
    />
  );
}
