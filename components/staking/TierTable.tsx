import { TableView, type Column } from "@/components/ui/TableView";
import { formatDta } from "@/lib/format";
import type { StakingPoolFigures } from "@/lib/server/figures";

type TierRow = StakingPoolFigures["stakedByTier"][number];

const columns: readonly Column<TierRow>[] = [
  { id: "tier", header: "Tier", cell: ({ tier }) => tier },
  {
    id: "staked",
    header: "Staked (DTA)",
    align: "right",
    cell: ({ tier, staked }) => (
      <span data-testid={`staked-${tier}`} data-value={staked.toString()}>
        {formatDta(staked)}
      </span>
    ),
  },
];

/**
 * Total staked per tier as a table, rendered on the server so the exact figures are in the HTML (for screen
 * readers and before any script); the bar chart beside it is only a picture of the same figures.
 */
export function TierTable({ stakedByTier }: { readonly stakedByTier: StakingPoolFigures["stakedByTier"] }) {
  return (
    <TableView
      caption="Total staked by tier"
      columns={columns}
      rowKey={({ tier }) => tier}
      rows={stakedByTier}
      testId="tier-table"
    />
  );
}
