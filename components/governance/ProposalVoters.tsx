import { AccountAddress } from "@/components/ui/AccountAddress";
import { EmptyState } from "@/components/ui/EmptyState";
import { TableView, type Column } from "@/components/ui/TableView";
import { UrlPager } from "@/components/ui/UrlPager";
import { formatDta, formatInteger } from "@/lib/format";
import { fetchProposal, fetchProposalVotes, type Vote } from "@/lib/indexer/governance";
import { serverIndexerOptions } from "@/lib/server/indexer";

interface Row extends Vote {
  readonly optionLabel: string;
}

const COLUMNS: readonly Column<Row>[] = [
  {
    id: "voter",
    header: "Voter",
    cell: (v) => <AccountAddress address={v.voter} />,
  },
  { id: "option", header: "Voted", cell: (v) => <span data-testid="voter-option">{v.optionLabel}</span> },
  {
    id: "raw",
    header: "Votes",
    cell: (v) => (
      <span data-testid="voter-raw" data-value={v.raw.toString()}>
        {formatDta(v.raw)}
      </span>
    ),
    align: "right",
  },
  {
    id: "sqrt",
    header: "√ weight",
    cell: (v) => (
      <span data-testid="voter-sqrt" data-value={v.sqrtWeight.toString()}>
        {formatInteger(v.sqrtWeight)}
      </span>
    ),
    align: "right",
  },
  {
    id: "reason",
    header: "Reason",
    cell: (v) =>
      v.reason ? (
        <span className="whitespace-pre-wrap">{v.reason}</span>
      ) : (
        <span className="text-slate-500">—</span>
      ),
  },
];

/**
 * A proposal's voters (server component): option, raw votes and √ weight (the weight counted: √ of the votes
 * in base units), and the reason each gave — heaviest first, one page at a time (the URL's `page`).
 */
export async function ProposalVoters({
  proposalId,
  page,
}: {
  readonly proposalId: string;
  readonly page: number;
}) {
  if (!/^\d{1,78}$/.test(proposalId)) return null;
  const id = BigInt(proposalId);
  const [detail, votes] = await Promise.all([
    fetchProposal(id, serverIndexerOptions()).catch(() => undefined),
    fetchProposalVotes(id, { page }, serverIndexerOptions()).catch(() => undefined),
  ]);
  if (!votes || detail === undefined) {
    return (
      <p role="status" className="text-sm text-amber-900">
        The voter list is unavailable right now: the history service (indexer) cannot be reached.
      </p>
    );
  }
  const labels = detail?.proposal.options ?? [];
  const rows = votes.items.map((v) => ({
    ...v,
    optionLabel: labels[v.option]?.label ?? `Option ${v.option + 1}`,
  }));
  return (
    <section aria-labelledby="voters-title" className="space-y-3" data-testid="proposal-voters">
      <h2 id="voters-title" className="text-lg font-semibold text-slate-900">
        Voters
      </h2>
      {rows.length > 0 ? (
        <TableView
          caption="Voters with their option, weights and reason"
          columns={COLUMNS}
          rows={rows}
          rowKey={(v) => v.id}
          testId="voter"
        />
      ) : (
        <EmptyState title={page > 1 ? "Nothing on this page" : "No votes yet"}>
          Votes appear here as they are cast.
        </EmptyState>
      )}
      <UrlPager caption="Voters" hasNext={votes.hasNext} />
    </section>
  );
}
