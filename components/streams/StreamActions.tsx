"use client";

import { useState, type FormEvent } from "react";
import type { Address } from "viem";
import { TxPlanSteps } from "@/components/tx/TxPlanSteps";
import { AmountInput } from "@/components/ui/AmountInput";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useStreamControls, useTopUpStream } from "@/hooks/streams/useStreamFlows";
import { useAmountField } from "@/hooks/useAmountField";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useScopeKey } from "@/hooks/useScopeKey";

export interface StreamActionsProps {
  /** The stream's id, as text (island props). */
  readonly id: string;
  readonly sender: Address;
  readonly recipient: Address;
  readonly paused: boolean;
}

const same = (a: string | undefined, b: string) => !!a && a.toLowerCase() === b.toLowerCase();

function TopUp({ id }: { id: bigint }) {
  const { balance } = useDtaBalance();
  const field = useAmountField(balance);
  const amount = field.result.ok ? field.result.value : undefined;
  const { topUp, plan, phase } = useTopUpStream(id, amount);
  async function submit(event: FormEvent) {
    event.preventDefault();
    field.markTouched();
    if (amount === undefined) return;
    if (await topUp()) field.reset();
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-2" data-testid="stream-topup">
      <AmountInput field={field} balance={balance} label="Top up (DTA)" disabled={phase !== "idle"} />
      {amount !== undefined && (
        <TxPlanSteps plan={plan} testId="topup-signing" pendingLabel="Checking how to authorise the top-up" />
      )}
      <WriteButton type="submit" className="btn-secondary" disabled={phase !== "idle"}>
        {phase !== "idle" ? "Waiting for your wallet…" : "Top up"}
      </WriteButton>
    </form>
  );
}

/**
 * What the connected account may do with one stream: the payer tops up, pauses or resumes; the recipient (the
 * NFT's owner) withdraws what has been paid; either side stops it, after a confirmation.
 */
export default function StreamActions({ id: idText, sender, recipient, paused }: StreamActionsProps) {
  const id = BigInt(idText);
  const { account } = useScopeKey();
  const controls = useStreamControls(id);
  const [confirmStop, setConfirmStop] = useState(false);
  const isPayer = same(account, sender);
  const isRecipient = same(account, recipient);
  if (!account) return null;
  if (!isPayer && !isRecipient) {
    return <p className="text-xs text-slate-600">Only its payer or recipient can act on this stream.</p>;
  }
  const busy = controls.isPending;
  return (
    <div className="space-y-3 border-t border-slate-100 pt-3" data-testid="stream-actions">
      <div className="flex flex-wrap gap-2">
        {isRecipient && (
          <WriteButton
            className="btn-primary"
            disabled={busy}
            data-testid="stream-withdraw"
            onClick={() => void controls.withdrawAll(account)}
          >
            Withdraw to my wallet
          </WriteButton>
        )}
        {isPayer && (
          <WriteButton
            className="btn-secondary"
            disabled={busy}
            data-testid={paused ? "stream-resume" : "stream-pause"}
            onClick={() => void (paused ? controls.resume() : controls.pause())}
          >
            {paused ? "Resume" : "Pause"}
          </WriteButton>
        )}
        {!confirmStop ? (
          <button
            type="button"
            className="btn-secondary"
            disabled={busy}
            data-testid="stream-stop"
            onClick={() => setConfirmStop(true)}
          >
            Stop…
          </button>
        ) : (
          <span className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm the stop">
            <span className="text-sm text-slate-700">
              Stop for good? What was paid goes to the recipient, the rest back to the payer.
            </span>
            <WriteButton
              className="btn-primary"
              disabled={busy}
              data-testid="stream-stop-confirm"
              onClick={() => void controls.stop().then(() => setConfirmStop(false))}
            >
              Stop the stream
            </WriteButton>
            <button type="button" className="btn-secondary" onClick={() => setConfirmStop(false)}>
              Keep it
            </button>
          </span>
        )}
      </div>
      {isPayer && <TopUp id={id} />}
    </div>
  );
}
