import { IntentLink } from "@/components/ui/IntentLink";
import { TableView, type Column } from "@/components/ui/TableView";
import { formatDta, shortAddress } from "@/lib/format";
import type { Contribution } from "@/lib/indexer/data";
import { dataCategoryName, type DataCategoryWire } from "@/lib/indexer/dataAccess";
import { CONTRIBUTION_STATE_LABELS, contributionState } from "@/lib/data/labels";
import { formatMultiplier } from "@/lib/data/validate";

const STATE_STYLE = {
  pending: "bg-amber-100 text-amber-900",
  rewarded: "bg-emerald-100 text-emerald-900",
  belowFifty: "bg-slate-100 text-slate-800",
  poolShort: "bg-orange-100 text-orange-900",
  poolEmpty: "bg-red-100 text-red-900",
} as const;

function columns(categories: readonly DataCategoryWire[] | undefined): readonly Column<Contribution>[] {
  return [
    {
      id: "id",
      header: "#",
      cell: (c) => <span data-contribution-id={c.id.toString()}>#{c.id.toString()}</span>,
    },
    { id: "category", header: "Category", cell: (c) => dataCategoryName(categories, c.categoryId) },
    {
      id: "hash",
      header: "Data hash (SHA-256)",
      cell: (c) => (
        <span className="font-mono" title={c.dataHash}>
          {c.dataHash.slice(0, 10)}…{c.dataHash.slice(-6)}
        </span>
      ),
    },
    {
      id: "licence",
      header: "Licence",
      cell: (c) =>
        c.licence === "open" ? "Open" : <span>Restricted · {formatDta(c.premiumPrice)} DTA premium</span>,
    },
    {
      id: "status",
      header: "Status",
      cell: (c) => {
        const state = contributionState(c);
        return (
          <span
            className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[state]}`}
            data-testid="contribution-state"
            data-state={state}
          >
            {CONTRIBUTION_STATE_LABELS[state]}
          </span>
        );
      },
    },
    { id: "score", header: "Score", align: "right", cell: (c) => (c.score === null ? "—" : c.score) },
    {
      id: "multiplier",
      header: "Multiplier",
      align: "right",
      cell: (c) => (c.multiplierBps === null ? "—" : formatMultiplier(c.multiplierBps)),
    },
    {
      id: "reward",
      header: "Reward (DTA)",
      align: "right",
      cell: (c) => (
        <span data-testid="contribution-reward" data-value={c.reward.toString()}>
          {c.status === "pending" ? "—" : formatDta(c.reward)}
          {c.rewardNeeded !== null && c.reward < c.rewardNeeded && (
            <span className="block text-xs text-slate-600">of {formatDta(c.rewardNeeded)} earned</span>
          )}
        </span>
      ),
    },
    {
      id: "contributor",
      header: "Contributor",
      cell: (c) => <span className="font-mono">{shortAddress(c.contributor)}</span>,
    },
    {
      id: "access",
      header: "Access",
      cell: (c) =>
        c.licence === "restricted" ? (
          <IntentLink href={`/data?access=${c.id}#access`} className="underline" scroll={false}>
            Access{c.premiumsPaid > 0 ? ` (${c.premiumsPaid} bought)` : ""}
          </IntentLink>
        ) : (
          "Anyone"
        ),
    },
  ];
}

/** One page of contributions as HTML rows (rendered on the server; no wallet code). */
export function ContributionsTable({
  contributions,
  categories,
}: {
  readonly contributions: readonly Contribution[];
  readonly categories?: readonly DataCategoryWire[];
}) {
  return (
    <TableView
      caption="Data contributions"
      columns={columns(categories)}
      rowKey={(c) => c.id.toString()}
      rows={contributions}
      testId="contributions-table"
    />
  );
}
