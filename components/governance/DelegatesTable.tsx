import { AccountAddress } from "@/components/ui/AccountAddress";
import { TableView, type Column } from "@/components/ui/TableView";
import { formatDta } from "@/lib/format";
import { participationPercent, type Delegate } from "@/lib/indexer/governance";

interface Row extends Delegate {
  readonly rank: number;
  readonly sharePct: string;
}

const COLUMNS: readonly Column<Row>[] = [
  { id: "rank", header: "#", cell: (d) => d.rank, align: "right" },
  {
    id: "address",
    header: "Delegate",
    cell: (d) => <AccountAddress address={d.address} testId="delegate-address" />,
  },
  {
    id: "power",
    header: "Voting power",
    cell: (d) => (
      <span data-testid="delegate-power" data-value={d.power.toString()}>
        {formatDta(d.power)} <span className="text-slate-500">({d.sharePct})</span>
      </span>
    ),
    align: "right",
  },
  { id: "delegators", header: "Delegators", cell: (d) => d.delegators, align: "right" },
  {
    id: "participation",
    header: "Participation",
    cell: (d) => {
      const pct = participationPercent(d);
      return pct === null ? "—" : `${pct}% (${d.voted} of ${d.finished})`;
    },
    align: "right",
  },
];

/** Delegates ranked by voting power; participation is proposals voted on of those finished since it had power. */
export function DelegatesTable({
  delegates,
  firstRank,
  totalPower,
}: {
  readonly delegates: readonly Delegate[];
  readonly firstRank: number;
  readonly totalPower: bigint;
}) {
  const rows = delegates.map((d, i) => {
    const bps = totalPower === 0n ? 0n : (d.power * 10_000n) / totalPower;
    return {
      ...d,
      rank: firstRank + i,
      sharePct: `${bps / 100n}.${(bps % 100n).toString().padStart(2, "0")}%`,
    };
  });
  return (
    <TableView
      caption="Delegates ranked by voting power"
      columns={COLUMNS}
      rows={rows}
      rowKey={(d) => d.address}
      testId="delegate"
    />
  );
}
