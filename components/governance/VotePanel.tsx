"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useRelayStatus, useVote } from "@/hooks/governance/useVote";
import { formatDta, formatInteger } from "@/lib/format";
import { sqrtWeight } from "@/lib/governance/quadratic";
import { MAX_REASON_LENGTH } from "@/lib/governance/relay";

/**
 * Vote on an active proposal: pick a choice, optionally give a reason, see "your √ weight" (√ of your staked
 * votes at the snapshot) before signing, then vote with gas (castVoteWithReason) or without (a signed vote the
 * app's relay sends, reason included). A refused vote says why and sends nothing.
 */
export default function VotePanel({
  id,
  snapshot,
  labels,
  forAgainst,
  open,
}: {
  id: string;
  snapshot: bigint;
  labels: readonly string[];
  forAgainst: boolean;
  open: boolean;
}) {
  const router = useRouter();
  const proposalId = BigInt(id);
  const { votes, hasVoted, vote, voteGasless, busy, account } = useVote(proposalId, snapshot, open);
  const relay = useRelayStatus();
  const [choice, setChoice] = useState<number | undefined>();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | undefined>();
  const reasonId = useId();
  // For/Against/Abstain are shown in that order; their `support` values are 1, 0, 2 (OZ bravo).
  const order = forAgainst ? [1, 0, 2] : labels.map((_, i) => i);

  if (!open) {
    return (
      <p className="text-sm text-slate-600">Voting is closed for this proposal (or has not opened yet).</p>
    );
  }
  if (!account) {
    return (
      <EmptyState title="Connect a wallet to vote">
        Your voting power is your staked DTA at the snapshot.
      </EmptyState>
    );
  }

  /** The checks before any signature: a choice, a reason that fits, voting power, not voted yet. */
  function refusal(): string | undefined {
    if (hasVoted === undefined || votes === undefined) return "Reading your voting power…";
    if (hasVoted) return "You already voted on this proposal. A vote can't be changed.";
    if (votes === 0n)
      return "You had no staked voting power at this proposal's snapshot, so your vote would count nothing.";
    if (choice === undefined) return "Choose what you vote for.";
    if (reason.length > MAX_REASON_LENGTH) return `A reason is at most ${MAX_REASON_LENGTH} characters.`;
    return undefined;
  }

  async function submit(gasless: boolean) {
    const why = refusal();
    setMessage(why);
    if (why || choice === undefined) return;
    const label = labels[choice] ?? `#${choice}`;
    if (gasless) {
      const refused = await voteGasless(choice, reason.trim(), label);
      setMessage(refused);
    } else {
      await vote(choice, reason.trim(), label);
    }
    router.refresh();
  }

  const left = relay.data?.ok ? relay.data.sponsoredVotesLeft : undefined;
  return (
    <form className="space-y-3" onSubmit={(e) => (e.preventDefault(), void submit(false))} noValidate>
      <fieldset className="space-y-1">
        <legend className="field-label">Your vote</legend>
        {order.map((support) => (
          <label key={support} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="support"
              checked={choice === support}
              onChange={() => setChoice(support)}
            />
            {labels[support]}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={reasonId} className="field-label">
          Reason (optional, public)
        </label>
        <textarea
          id={reasonId}
          className="input min-h-20 w-full"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <p
        className="text-sm text-slate-700"
        data-testid="my-sqrt-weight"
        data-value={votes !== undefined ? sqrtWeight(votes).toString() : ""}
      >
        {votes === undefined
          ? "Reading your votes at the snapshot…"
          : `Your √ weight: ${formatInteger(sqrtWeight(votes))} (√ of your ${formatDta(votes)} votes at the snapshot).`}
        {hasVoted && " You have voted."}
      </p>
      {message && (
        <p className="field-error" role="alert" data-testid="vote-refusal">
          {message}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <WriteButton type="submit" className="btn-primary" disabled={busy}>
          Vote
        </WriteButton>
        <WriteButton
          type="button"
          className="btn-secondary"
          disabled={busy || relay.data?.ok === false}
          onClick={() => void submit(true)}
        >
          Vote without gas
        </WriteButton>
      </div>
      <p className="text-xs text-slate-500" data-testid="relay-status" data-left={left ?? ""}>
        {relay.data === undefined
          ? "Asking the relay how many votes it can sponsor…"
          : relay.data.ok
            ? `Vote without gas: you sign, the app's relay pays. It can still pay for ${left} votes.`
            : `Vote without gas is unavailable: ${relay.data.message ?? "the relay can't relay now."}`}
      </p>
      <WriteGateNotice />
    </form>
  );
}
