"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useStakeAction } from "@/hooks/staking/useStakeAction";
import { useStakeAuthorisation, useStakeQuote } from "@/hooks/staking/useStakePreview";
import { useChainTime } from "@/hooks/useChainTime";
import { useStakeAmountField } from "@/hooks/staking/useStakeAmountField";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useScopeKey } from "@/hooks/useScopeKey";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { tierOf, type LockDays } from "@/lib/staking";
import { AmountStep } from "./AmountStep";
import { LockStep } from "./LockStep";
import { ReviewStep, signingSteps } from "./ReviewStep";
import { StakeReceipt } from "./StakeReceipt";
import { StepIndicator } from "./StepIndicator";

const STEPS = ["Amount", "Lock period", "Review", "Sign"] as const;
const SIGN_LABEL = {
  permit: "Sign permit and stake",
  allowance: "Stake",
  approve: "Approve and stake",
} as const;
const PHASE_LABEL = {
  signing: "Waiting for your signature…",
  approving: "Approving…",
  staking: "Staking…",
} as const;

/** The staking tier wizard: amount → lock period → review → sign, each step checked before the next. */
export default function TierWizard() {
  const { account } = useScopeKey();
  const { balance } = useDtaBalance();
  const { field, result, reset } = useStakeAmountField(balance);
  const [step, setStep] = useState(0);
  const [lockDays, setLockDays] = useState<LockDays | undefined>();
  const [lockTouched, setLockTouched] = useState(false);
  const [tokenId, setTokenId] = useState<bigint | undefined>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const amount = result.ok ? result.value : undefined;
  const tier = amount !== undefined ? tierOf(amount) : undefined;
  const quote = useStakeQuote(step >= 2 ? amount : undefined, step >= 2 ? lockDays : undefined);
  const { mode } = useStakeAuthorisation(amount);
  const now = useChainTime().now;
  const { stake, phase } = useStakeAction();
  const staking = getDeployedContract(appChain.chain.id, "DTAStaking");
  const token = getDeployedContract(appChain.chain.id, "DTAToken");

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step, tokenId]);

  if (!account) {
    return (
      <EmptyState title="Connect a wallet to stake">
        Use the Connect wallet button at the top of the page; the local dev wallet works without an extension.
      </EmptyState>
    );
  }
  if (!staking || !token) {
    return <EmptyState title={`Staking isn't deployed on ${appChain.chain.name} yet`} />;
  }

  const poolShort =
    quote.reward !== undefined && quote.poolAvailable !== undefined && quote.poolAvailable < quote.reward;
  const steps =
    mode && amount !== undefined && lockDays
      ? signingSteps(mode, amount, lockDays, staking.address, token.address)
      : undefined;
  const canAdvance = [
    result.ok,
    lockDays !== undefined,
    quote.reward !== undefined && !poolShort && mode !== undefined,
    phase === "idle" && !poolShort && mode !== undefined,
  ][step];

  const go = (next: number) => {
    moved.current = true;
    setStep(next);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Each step validates before the next; invalid input never reaches the wallet.
    if (step === 0) {
      field.markTouched();
      if (result.ok) go(1);
    } else if (step === 1) {
      setLockTouched(true);
      if (lockDays !== undefined) go(2);
    } else if (step === 2) {
      if (canAdvance) go(3);
    } else if (canAdvance && amount !== undefined && lockDays && mode) {
      const minted = await stake(amount, lockDays, mode);
      if (minted !== undefined) {
        moved.current = true;
        setTokenId(minted);
      }
    }
  }

  function restart() {
    reset();
    setLockDays(undefined);
    setLockTouched(false);
    setTokenId(undefined);
    go(0);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="wizard-title" className="card space-y-5">
      <h2 id="wizard-title" className="text-lg font-semibold text-slate-900">
        Stake DTA
      </h2>
      <StepIndicator steps={STEPS} current={tokenId !== undefined ? STEPS.length : step} />
      <h3
        ref={headingRef}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900"
        data-testid="wizard-step"
      >
        {tokenId !== undefined ? "Your new position" : `Step ${step + 1} of ${STEPS.length}: ${STEPS[step]}`}
      </h3>
      {tokenId !== undefined ? (
        <StakeReceipt tokenId={tokenId} onAgain={restart} />
      ) : (
        <>
          {step === 0 && <AmountStep field={field} balance={balance} amount={amount} />}
          {step === 1 && tier && (
            <LockStep
              tier={tier}
              lockDays={lockDays}
              onChange={setLockDays}
              showError={lockTouched && !lockDays}
            />
          )}
          {step >= 2 && amount !== undefined && tier && lockDays && (
            <ReviewStep
              amount={amount}
              tier={tier}
              lockDays={lockDays}
              quote={quote}
              now={now}
              steps={steps}
            />
          )}
          {step === 3 && <WriteGateNotice />}
          {step === 3 && (
            <p className="text-sm text-slate-700">
              Your wallet will ask for{" "}
              {mode === "permit" ? "one signature, then one transaction" : "the transactions listed above"}.
              Nothing is sent until you confirm there.
            </p>
          )}
          <div className="flex flex-wrap justify-between gap-2">
            <button
              type="button"
              className="btn-secondary"
              disabled={step === 0 || phase !== "idle"}
              onClick={() => go(step - 1)}
            >
              Back
            </button>
            <WriteButton type="submit" className="btn-primary" disabled={!canAdvance} gated={step === 3}>
              {step < 3 ? "Next" : phase !== "idle" ? PHASE_LABEL[phase] : mode ? SIGN_LABEL[mode] : "Stake"}
            </WriteButton>
          </div>
        </>
      )}
    </form>
  );
}
