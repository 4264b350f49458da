import type { ReactNode } from "react";
import { formatDta, formatInteger, shortAddress } from "@/lib/format";
import { depositPanel, type DepositSettlement } from "@/lib/governance/deposit";
import { COMMITTEE_NAMES } from "@/lib/governanceErrors";
import { decodeCall } from "@/lib/governance/decode";
import { optionCalls, relativeTime, stateLabel, timeline } from "@/lib/governance/lifecycle";
import { formatUnlockDate } from "@/lib/staking/wizard";
import type { ProposalView } from "@/lib/server/proposal";
import type { ParameterImpact } from "@/lib/server/proposalImpact";

const DEPOSIT_WORDS = [
  "no deposit",
  "held until the vote is decided",
  "refunded to the proposer",
  "burned",
] as const;

/** The header's words for the deposit: who moves it next, as the page's panels offer it. */
function depositWords(view: ProposalView): string {
  const panel = depositPanel(view);
  if (panel === "queue") return "held until the proposal is queued, which refunds it";
  return panel ? "held until someone settles it" : (DEPOSIT_WORDS[view.depositState] ?? "?");
}

/** Title, state, committee, proposer and deposit. */
export function ProposalHeader({ view, title }: { view: ProposalView; title: string }) {
  const state = stateLabel(view.state, view.vetoed);
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        <span
          className="rounded-full bg-slate-900 px-2 py-0.5 text-xs font-semibold text-white"
          data-testid="proposal-state"
        >
          {state}
        </span>{" "}
        {COMMITTEE_NAMES[view.committee]} ·{" "}
        {view.optionCount === 0 ? "For / Against / Abstain" : `${view.optionCount} options`} · by{" "}
        <span className="font-mono">{shortAddress(view.proposer)}</span>
        {view.upgradeMask !== 0 && " · upgrade-class: needs the Technical Committee Safe's approval to run"}
      </p>
      <h1 className="text-2xl font-bold break-words text-slate-900 sm:text-3xl">{title}</h1>
      <p className="text-sm text-slate-600">
        Deposit {formatDta(view.deposit)} DTA: {depositWords(view)}.
      </p>
    </div>
  );
}

/**
 * A decided proposal whose deposit is still held (nobody settled it, or queue/veto could not move it while
 * DTA refused): what settling does and why, and the button (an island) that does it.
 */
export function DepositSettleCard({
  view,
  settlement,
  children,
}: {
  view: ProposalView;
  settlement: DepositSettlement;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby="settle-heading"
      className="card space-y-3"
      data-testid="settle-deposit"
      data-action={settlement.action}
    >
      <h2 id="settle-heading" className="text-lg font-semibold text-slate-900">
        Settle deposit
      </h2>
      <p className="text-sm text-slate-700">
        The proposal is decided; its {formatDta(view.deposit)} DTA deposit is still held by the governor.
        Settling it{" "}
        {settlement.action === "refund" ? (
          <>
            <strong>refunds it to the proposer</strong> (
            <span className="font-mono">{shortAddress(view.proposer)}</span>)
          </>
        ) : (
          <strong>burns it</strong>
        )}{" "}
        because {settlement.because}.
      </p>
      <p className="text-xs text-slate-500">
        Anyone may settle it, not only the proposer: it costs gas and nothing else. It waits while DTA is
        paused{settlement.action === "refund" ? " or the proposer is blacklisted" : ""}.
      </p>
      {children}
    </section>
  );
}

/** The lifecycle with dates and countdowns from the chain's clock. */
export function ProposalTimeline({ view }: { view: ProposalView }) {
  const entries = timeline(view);
  return (
    <section aria-labelledby="timeline-heading" className="card space-y-2">
      <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
        Lifecycle
      </h2>
      <ol className="space-y-1 text-sm" data-testid="proposal-timeline">
        {entries.map((e) => (
          <li key={e.label} className="flex flex-wrap gap-x-2">
            <span aria-hidden="true">{e.done ? "●" : "○"}</span>
            <span className="font-medium text-slate-900">{e.label}</span>
            <span className="text-slate-600">
              {formatUnlockDate(e.at)} ({relativeTime(e.at, view.chainTime)})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Bar({ part, whole, label }: { part: bigint; whole: bigint; label: string }) {
  const pct = whole > 0n ? Number((part * 1000n) / whole) / 10 : 0;
  return (
    <div className="h-2 w-full rounded bg-slate-100" role="img" aria-label={label}>
      <div className="h-2 rounded bg-sky-600" style={{ width: `${Math.min(100, pct)}%` }} />
    </div>
  );
}

/** Per-choice raw votes and √ weights, and quorum progress (raw participation against 4% of all votes). */
export function ProposalResults({ view, labels }: { view: ProposalView; labels: readonly string[] }) {
  const totalSqrt = view.results.reduce((s, r) => s + r.sqrt, 0n);
  return (
    <section aria-labelledby="results-heading" className="card space-y-3">
      <h2 id="results-heading" className="text-lg font-semibold text-slate-900">
        Results
      </h2>
      <p className="text-xs text-slate-500">
        Each voter weighs √(their staked votes at the snapshot); the winner is the choice with the most √
        weight. Splitting stake across addresses raises its total √ weight — a known limit of quadratic
        voting.
      </p>
      <ul className="space-y-2 text-sm" data-testid="proposal-results">
        {view.results.map((r, i) => (
          <li key={i} data-testid={`result-${i}`} data-raw={r.raw.toString()} data-sqrt={r.sqrt.toString()}>
            <div className="flex flex-wrap justify-between gap-2">
              <span className="font-medium text-slate-900">{labels[i]}</span>
              <span className="text-slate-600">
                √ weight {formatInteger(r.sqrt)} · {formatDta(r.raw)} votes
              </span>
            </div>
            <Bar part={r.sqrt} whole={totalSqrt} label={`${labels[i]}: ${r.sqrt} of ${totalSqrt} √ weight`} />
          </li>
        ))}
      </ul>
      <div className="text-sm">
        <p
          data-testid="quorum"
          data-participation={view.participation.toString()}
          data-quorum={view.quorum?.toString() ?? ""}
        >
          Quorum:{" "}
          {view.quorum === undefined
            ? "known once voting opens (4% of all voting power at the snapshot)"
            : `${formatDta(view.participation)} of ${formatDta(view.quorum)} votes${view.participation >= view.quorum ? " — reached" : ""}`}
        </p>
        {view.quorum !== undefined && (
          <Bar part={view.participation} whole={view.quorum} label="Quorum progress" />
        )}
      </div>
    </section>
  );
}

/** What each choice runs, decoded into words; after execution, the changed parameters before and after. */
export function ProposalCalls({
  chainId,
  view,
  labels,
  impact,
}: {
  chainId: number;
  view: ProposalView;
  labels: readonly string[];
  impact: readonly ParameterImpact[];
}) {
  const options = view.optionCount === 0 ? [1] : labels.map((_, i) => i);
  return (
    <section aria-labelledby="calls-heading" className="card space-y-3">
      <h2 id="calls-heading" className="text-lg font-semibold text-slate-900">
        What it runs
      </h2>
      {options.map((option) => {
        const calls = optionCalls(
          view,
          view.optionCount,
          view.optionEnds,
          view.optionCount === 0 ? 0 : option,
        );
        return (
          <div key={option} className="text-sm">
            <p className="font-medium text-slate-800">
              {view.optionCount === 0 ? "If For wins" : `If “${labels[option]}” wins`}
            </p>
            <ul className="list-disc pl-5 break-words text-slate-700">
              {calls.length === 0 && <li>Nothing.</li>}
              {calls.map((c, i) => (
                <li key={i}>{decodeCall(chainId, c).words}</li>
              ))}
            </ul>
          </div>
        );
      })}
      {impact.length > 0 && (
        <div className="rounded-lg bg-emerald-50 p-3 text-sm" data-testid="proposal-impact">
          <p className="font-medium text-emerald-900">Changed by this proposal</p>
          <ul className="mt-1 space-y-1">
            {impact.map((p) => (
              <li key={p.label} data-testid="impact-row" data-after={p.afterValue}>
                {p.label}: {p.before} → <strong>{p.after}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
