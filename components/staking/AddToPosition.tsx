"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { AmountInput } from "@/components/ui/AmountInput";
import { TxPlanSteps } from "@/components/tx/TxPlanSteps";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useAmountField } from "@/hooks/useAmountField";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useTxFlow } from "@/hooks/useTxFlow";
import { formatDta } from "@/lib/format";
import { unlockAfterTopUp, type LockDays } from "@/lib/staking";
import { formatUnlockDate } from "@/lib/staking/wizard";

interface AddToPositionProps {
  readonly tokenId: bigint;
  readonly principal: bigint;
  /** Earned, unclaimed rewards right now: they join the principal with the top-up. */
  readonly claimable: bigint | undefined;
  /** The position's lock period: a top-up restarts it in full. */
  readonly lockDays: LockDays;
  /** The current unlock time (unix seconds), replaced by the top-up. */
  readonly unlock: bigint;
  /** Chain time now (unix seconds). */
  readonly now: bigint;
}

/**
 * Tops up a locked position through the shared transaction flow: one permit signature for DTAStaking, then
 * ONE `stakeMoreWithPermit` transaction (or approve + `stakeMore` when the wallet can't sign a permit). Invalid
 * amounts send nothing. The top-up restarts the lock (so extra weight and APY buy a real lock): the new unlock
 * date shows before signing.
 */
export function AddToPosition({ tokenId, principal, claimable, lockDays, unlock, now }: AddToPositionProps) {
  const { balance } = useDtaBalance();
  const field = useAmountField(balance);
  const [open, setOpen] = useState(false);
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const label = `#${tokenId}`;
  const amount = field.result.ok ? field.result.value : undefined;
  const amountLabel = amount !== undefined ? `${formatDta(amount)} DTA` : "";
  const call = useMemo(
    () => ({
      functionName: "stakeMore",
      permitFunctionName: "stakeMoreWithPermit",
      argsLabel: `position ${label}, ${amountLabel}`,
      short: "Add to the position",
    }),
    [label, amountLabel],
  );
  const flow = useTxFlow({ token: "DTAToken", spender: "DTAStaking", amount, amountLabel, call });
  const busy = flow.isPending;

  useEffect(() => {
    if (open) formRef.current?.querySelector("input")?.focus();
  }, [open]);

  const added = field.result.ok ? field.result.value : 0n;
  const rewards = claimable ?? 0n;
  const newPrincipal = principal + rewards + added;
  const newUnlock = unlockAfterTopUp(now, lockDays);

  const submit = async () => {
    field.markTouched();
    if (!field.result.ok || busy) return;
    const value = field.result.value;
    const outcome = await flow.run({
      description: `Add ${formatDta(value)} DTA to position ${label}`,
      call: { functionName: "stakeMore", args: [tokenId, value] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "stakeMoreWithPermit",
        args: [tokenId, value, deadline, v, r, s],
      }),
    });
    if (outcome.status === "confirmed") {
      field.reset();
      setOpen(false);
    }
  };

  return (
    <div className="space-y-2">
      <button
        type="button"
        className="btn-secondary"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((value) => !value)}
      >
        Add to position
      </button>
      {open && (
        <form
          id={formId}
          ref={formRef}
          aria-label={`Add DTA to position ${label}`}
          className="space-y-2 rounded-lg border border-slate-200 p-3"
          data-testid="add-to-position"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <AmountInput field={field} balance={balance} label="Amount to add (DTA)" disabled={busy} />
          <p
            className="text-sm text-slate-700"
            data-testid="add-new-principal"
            data-value={newPrincipal.toString()}
          >
            New principal: about {formatDta(newPrincipal)} DTA — your {formatDta(rewards)} DTA of earned
            rewards fold in too.
          </p>
          <p
            className="rounded-md bg-amber-50 p-2 text-sm text-amber-950"
            data-testid="add-new-unlock"
            data-value={newUnlock.toString()}
          >
            The lock restarts: a top-up locks the whole position for {lockDays} days again, so it unlocks on{" "}
            <strong>{formatUnlockDate(newUnlock)}</strong> instead of {formatUnlockDate(unlock)}.
          </p>
          {amount !== undefined && (
            <TxPlanSteps plan={flow.plan} pendingLabel="Checking how to authorise the top-up" />
          )}
          <div className="flex flex-wrap gap-2">
            <WriteButton
              type="submit"
              className="btn-primary"
              disabled={busy || !field.result.ok || !flow.plan}
            >
              {flow.phase === "signing"
                ? "Sign the permit in your wallet…"
                : flow.phase === "approving"
                  ? "Approving…"
                  : busy
                    ? "Adding…"
                    : "Confirm top-up"}
            </WriteButton>
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
