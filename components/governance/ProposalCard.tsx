import { IntentLink } from "@/components/ui/IntentLink";
import { countdownText, quorumPercent } from "@/lib/governance/display";
import { leadingIndex } from "@/lib/governance/quadratic";
import { formatDta, shortAddress } from "@/lib/format";
import type { Proposal } from "@/lib/indexer/governance";
import { COMMITTEE_LABELS } from "@/lib/indexer/governanceTypes";
import type { ProposalState } from "@/lib/governance/state";

const STATE_STYLES: Readonly<Record<ProposalState, string>> = {
  Review: "bg-sky-50 text-sky-900",
  Active: "bg-teal-50 text-teal-900",
  Succeeded: "bg-emerald-50 text-emerald-900",
  Defeated: "bg-rose-50 text-rose-900",
  Vetoed: "bg-rose-50 text-rose-900",
  Queued: "bg-amber-50 text-amber-900",
  Executed: "bg-emerald-100 text-emerald-900",
  Expired: "bg-slate-100 text-slate-700",
  Canceled: "bg-slate-100 text-slate-700",
};

export function StateBadge({ state }: { readonly state: ProposalState }) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_STYLES[state]}`}
      data-testid="proposal-state"
    >
      {state}
    </span>
  );
}

/** One proposal in the list: state, committee, countdown, quorum progress and the leading option. */
export function ProposalCard({
  proposal: p,
  now,
  queueWindow,
}: {
  readonly proposal: Proposal;
  readonly now: bigint;
  readonly queueWindow: bigint;
}) {
  const countdown = countdownText(p, now, queueWindow);
  const pct = quorumPercent(p.participation, p.quorum);
  const leader = leadingIndex(
    p.kind,
    p.options.map((o) => o.sqrtWeight),
  );
  return (
    <li
      className="card space-y-2"
      data-testid="proposal-card"
      data-proposal-id={p.id.toString()}
      data-state={p.state}
    >
      <div className="flex flex-wrap items-center gap-2">
        <StateBadge state={p.state} />
        <span className="text-xs text-slate-600">{COMMITTEE_LABELS[p.committee]}</span>
        <span className="text-xs text-slate-600">
          · {p.kind === "forAgainstAbstain" ? "For / Against / Abstain" : `${p.options.length} options`}
        </span>
      </div>
      <h3 className="text-base font-semibold text-slate-900">
        <IntentLink href={`/governance/${p.id}`} className="hover:underline">
          {p.title}
        </IntentLink>
      </h3>
      <p className="text-xs text-slate-600">
        Proposed by <span className="font-mono">{shortAddress(p.proposer)}</span> · {p.voters} voter
        {p.voters === 1 ? "" : "s"}
        {leader !== null && p.voters > 0 && <> · leading: {p.options[leader]?.label}</>}
      </p>
      {countdown && (
        <p className="text-sm font-medium text-slate-800" data-testid="proposal-countdown">
          {countdown}
        </p>
      )}
      {p.state !== "Review" && p.state !== "Vetoed" && p.state !== "Canceled" && (
        <div className="text-xs text-slate-600">
          {pct === null ? (
            <span>Quorum is fixed at the first vote (4% of the voting power at the snapshot).</span>
          ) : (
            <>
              <div
                role="progressbar"
                aria-label="Quorum progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={pct}
                className="h-2 w-full overflow-hidden rounded bg-slate-100"
              >
                <div
                  className={`h-full ${pct >= 100 ? "bg-emerald-500" : "bg-teal-500"}`}
                  style={{ width: `${pct}%` }}
                />
              </div>
              <span data-testid="quorum-progress">
                Quorum {pct}%: {formatDta(p.participation)} of {formatDta(p.quorum ?? 0n)} votes
              </span>
            </>
          )}
        </div>
      )}
    </li>
  );
}
