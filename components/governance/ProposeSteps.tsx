"use client";

import { useId } from "react";
import { formatDta } from "@/lib/format";
import { COMMITTEE_NAMES } from "@/lib/governanceErrors";
import { decodeCall } from "@/lib/governance/decode";
import type { ContractOption, ProposalDraft, ProposalKind } from "@/lib/governance/proposal";
import type { Checked } from "@/lib/twins/validate";

const COMMITTEE_ROLES = [
  "code upgrades and security; also approves upgrade-class proposals before they run",
  "token parameters and reward rates",
  "integrations and alliances",
] as const;

/** Step 1: which committee reviews it (and may veto it during the 2-day review), its title and its text. */
export function CommitteeStep({
  draft,
  onChange,
  errors,
}: {
  draft: ProposalDraft;
  onChange: (next: ProposalDraft) => void;
  errors: { title?: string; body?: string };
}) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="field-label">Committee</legend>
        {COMMITTEE_NAMES.map((name, i) => (
          <label key={name} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="committee"
              className="mt-1"
              checked={draft.committee === i}
              onChange={() => onChange({ ...draft, committee: i })}
            />
            <span>
              <span className="font-medium text-slate-900">{name}</span>{" "}
              <span className="text-slate-600">— {COMMITTEE_ROLES[i]}</span>
            </span>
          </label>
        ))}
        <p className="text-xs text-slate-500">
          The committee&apos;s Safe can veto the proposal during its review window, before voting opens; a
          veto burns the deposit.
        </p>
      </fieldset>
      <div>
        <label htmlFor={titleId} className="field-label">
          Title
        </label>
        <input
          id={titleId}
          className="input w-full"
          value={draft.title}
          placeholder="e.g. Raise the service burn rate to 3%"
          aria-invalid={errors.title ? true : undefined}
          onChange={(e) => onChange({ ...draft, title: e.target.value })}
        />
        {errors.title && (
          <p className="field-error" role="alert">
            {errors.title}
          </p>
        )}
      </div>
      <div>
        <label htmlFor={bodyId} className="field-label">
          Description
        </label>
        <textarea
          id={bodyId}
          className="input min-h-32 w-full"
          value={draft.body}
          placeholder="What changes, why, and what it costs."
          aria-invalid={errors.body ? true : undefined}
          onChange={(e) => onChange({ ...draft, body: e.target.value })}
        />
        {errors.body && (
          <p className="field-error" role="alert">
            {errors.body}
          </p>
        )}
      </div>
    </div>
  );
}

/** Step 2: For/Against/Abstain, or 2–10 named options (each gets its own actions next). */
export function KindStep({
  draft,
  onChange,
}: {
  draft: ProposalDraft;
  onChange: (next: ProposalDraft) => void;
}) {
  const setKind = (kind: ProposalKind) => {
    const options =
      kind === "multi" && draft.options.length < 2
        ? [
            ...draft.options,
            ...Array.from({ length: 2 - draft.options.length }, () => ({ label: "", actions: [] })),
          ]
        : draft.options;
    onChange({ ...draft, kind, options });
  };
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="field-label">Kind of vote</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="kind"
            className="mt-1"
            checked={draft.kind === "forAgainst"}
            onChange={() => setKind("forAgainst")}
          />
          <span>
            <span className="font-medium">For / Against / Abstain</span> — its actions run if For outweighs
            Against.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="kind"
            className="mt-1"
            checked={draft.kind === "multi"}
            onChange={() => setKind("multi")}
          />
          <span>
            <span className="font-medium">Multi-option</span> — 2 to 10 options, each with its own actions;
            the option with the most √ weight wins if quorum is met (a tie defeats the proposal).
          </span>
        </label>
      </fieldset>
      {draft.kind === "multi" && (
        <div className="space-y-2">
          <p className="text-sm text-slate-600" data-testid="option-count">
            {draft.options.length} option{draft.options.length === 1 ? "" : "s"}
          </p>
          <ol className="space-y-2">
            {draft.options.map((option, i) => (
              <li key={i} className="flex items-end gap-2">
                <div className="min-w-0 flex-1">
                  <label htmlFor={`option-label-${i}`} className="field-label">
                    Option {i + 1} name
                  </label>
                  <input
                    id={`option-label-${i}`}
                    className="input w-full"
                    value={option.label}
                    onChange={(e) =>
                      onChange({
                        ...draft,
                        options: draft.options.map((o, j) => (j === i ? { ...o, label: e.target.value } : o)),
                      })
                    }
                  />
                </div>
                <button
                  type="button"
                  className="btn-secondary"
                  onClick={() => onChange({ ...draft, options: draft.options.filter((_, j) => j !== i) })}
                >
                  Remove option {i + 1}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => onChange({ ...draft, options: [...draft.options, { label: "", actions: [] }] })}
          >
            Add an option
          </button>
        </div>
      )}
    </div>
  );
}

/** Step 4: the proposer's votes against the threshold, the deposit and what happens to it, and every call in words. */
export function DepositStep({
  chainId,
  draft,
  options,
  votes,
  threshold,
  deposit,
  balance,
  thresholdCheck,
  depositCheck,
}: {
  chainId: number;
  draft: ProposalDraft;
  options: readonly ContractOption[] | undefined;
  votes: bigint | undefined;
  threshold: bigint | undefined;
  deposit: bigint | undefined;
  balance: bigint | undefined;
  thresholdCheck: Checked<bigint>;
  depositCheck: Checked<bigint>;
}) {
  const amount = (v: bigint | undefined) => (v === undefined ? "…" : formatDta(v));
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-lg bg-slate-50 p-3">
          <dt className="text-slate-600">Your voting power</dt>
          <dd className="text-lg font-semibold" data-testid="my-votes" data-value={votes?.toString()}>
            {amount(votes)} of {amount(threshold)} needed
          </dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3">
          <dt className="text-slate-600">Deposit</dt>
          <dd className="text-lg font-semibold" data-testid="deposit" data-value={deposit?.toString()}>
            {amount(deposit)} DTA (you hold {amount(balance)} DTA)
          </dd>
        </div>
      </dl>
      {!thresholdCheck.ok && (
        <p className="field-error" role="alert">
          {thresholdCheck.message}
        </p>
      )}
      {thresholdCheck.ok && !depositCheck.ok && (
        <p className="field-error" role="alert">
          {depositCheck.message}
        </p>
      )}
      <div className="rounded-lg border border-slate-200 p-3">
        <h4 className="font-medium text-slate-900">What happens to the deposit</h4>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
          <li>
            Refunded to you when the proposal succeeds (at queueing), or is defeated with quorum reached.
          </li>
          <li>
            <strong>Burned</strong> when it misses quorum, is vetoed by the {COMMITTEE_NAMES[draft.committee]}{" "}
            during review, or is canceled.
          </li>
        </ul>
      </div>
      <div className="rounded-lg border border-slate-200 p-3" data-testid="proposal-review">
        <h4 className="font-medium text-slate-900">What the proposal runs</h4>
        {options?.map((option, i) => (
          <div key={i} className="mt-2">
            <p className="font-medium text-slate-800">
              {draft.kind === "forAgainst" ? "If For wins" : `If “${draft.options[i]?.label ?? ""}” wins`}
            </p>
            <ul className="list-disc pl-5 text-slate-700">
              {option.targets.length === 0 && <li>Nothing.</li>}
              {option.targets.map((target, j) => (
                <li key={j}>
                  {
                    decodeCall(chainId, {
                      target,
                      value: option.values[j] ?? 0n,
                      calldata: option.calldatas[j] ?? "0x",
                    }).words
                  }
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </div>
  );
}
