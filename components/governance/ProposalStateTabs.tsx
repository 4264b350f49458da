import { IntentLink } from "@/components/ui/IntentLink";
import { PROPOSAL_STATES, type ProposalState } from "@/lib/governance/state";
import { proposalSearchParams } from "@/lib/indexer/governanceParams";

/** Tabs of the proposal list: one link per state with its count; the URL's `state` is the selected one. */
export function ProposalStateTabs({
  selected,
  counts,
}: {
  readonly selected: ProposalState | undefined;
  readonly counts: Readonly<Record<ProposalState, number>> | undefined;
}) {
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;
  const tabs: readonly (readonly [ProposalState | undefined, string, number | undefined])[] = [
    [undefined, "All", total],
    ...PROPOSAL_STATES.map((s) => [s, s, counts?.[s]] as const),
  ];
  return (
    <nav aria-label="Proposals by state" className="-mx-1 flex flex-wrap gap-1 text-sm">
      {tabs.map(([state, label, n]) => {
        const query = proposalSearchParams({ state }).toString();
        return (
          <IntentLink
            key={label}
            href={query ? `/governance?${query}` : "/governance"}
            aria-current={state === selected ? "page" : undefined}
            data-testid={`state-tab-${label}`}
            className="rounded-md px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-teal-50 aria-[current=page]:text-teal-900"
          >
            {label}
            {n !== undefined && <span className="ml-1 tabular-nums text-slate-500">({n})</span>}
          </IntentLink>
        );
      })}
    </nav>
  );
}
