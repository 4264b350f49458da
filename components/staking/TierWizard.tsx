"use client";

import { ConnectFirst } from "@/components/wallet/ConnectFirst";
import { useState } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { Stepper, type StepDefinition } from "@/components/ui/Stepper";
import { WalletAskNote } from "@/components/tx/TxPlanSteps";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useStakeAction } from "@/hooks/staking/useStakeAction";
import { useStakeQuote } from "@/hooks/staking/useStakePreview";
import { useChainTime } from "@/hooks/useChainTime";
import { useStakeAmountField } from "@/hooks/staking/useStakeAmountField";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useScopeKey } from "@/hooks/useScopeKey";
import { useStepper } from "@/hooks/useStepper";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { tierOf, type LockDays } from "@/lib/staking";
import { STEP_OK, type StepCheck } from "@/lib/stepper";
import { AmountStep } from "./AmountStep";
import { LockStep } from "./LockStep";
import { ReviewStep } from "./ReviewStep";
import { StakeReceipt } from "./StakeReceipt";

const SIGN_LABEL = {
  permit: "Sign permit and stake",
  allowance: "Stake",
  approve: "Approve and stake",
} as const;
const PHASE_LABEL = {
  signing: "Waiting for your signature…",
  approving: "Approving…",
  calling: "Staking…",
} as const;

/** The staking tier wizard on the shared Stepper: amount → lock period → review → sign. */
export default function TierWizard() {
  const { account } = useScopeKey();
  const { balance } = useDtaBalance();
  const { field, result, reset } = useStakeAmountField(balance);
  const [lockDays, setLockDays] = useState<LockDays | undefined>();
  const [lockTouched, setLockTouched] = useState(false);
  const [tokenId, setTokenId] = useState<bigint | undefined>();
  const [reviewing, setReviewing] = useState(false);

  const amount = result.ok ? result.value : undefined;
  const tier = amount !== undefined ? tierOf(amount) : undefined;
  const quote = useStakeQuote(reviewing ? amount : undefined, reviewing ? lockDays : undefined);
  const now = useChainTime().now;
  const { stake, plan, phase } = useStakeAction(amount, lockDays);
  const poolShort =
    quote.reward !== undefined && quote.poolAvailable !== undefined && quote.poolAvailable < quote.reward;

  // The review's check, also the sign step's: the contract's figures are in and the pool covers the reward.
  const reviewCheck = (): StepCheck => {
    if (poolShort)
      return { ok: false, message: "The staking rewards pool can't cover this stake.", shownByStep: true };
    if (quote.reward === undefined || !plan)
      return { ok: false, message: "Still reading this stake's figures from the chain…" };
    return STEP_OK;
  };
  const review = () =>
    amount !== undefined &&
    tier &&
    lockDays && (
      <ReviewStep amount={amount} tier={tier} lockDays={lockDays} quote={quote} now={now} plan={plan} />
    );

  const steps: readonly StepDefinition[] = [
    {
      id: "amount",
      label: "Amount",
      validate: () => (result.ok ? STEP_OK : { ok: false, message: result.message, shownByStep: true }),
      onRefused: field.markTouched,
      render: () => <AmountStep field={field} balance={balance} amount={amount} />,
    },
    {
      id: "lock",
      label: "Lock period",
      validate: () =>
        lockDays !== undefined ? STEP_OK : { ok: false, message: "Choose a lock period.", shownByStep: true },
      onRefused: () => setLockTouched(true),
      render: () =>
        tier && (
          <LockStep
            tier={tier}
            lockDays={lockDays}
            onChange={setLockDays}
            showError={lockTouched && !lockDays}
          />
        ),
    },
    { id: "review", label: "Review", validate: reviewCheck, render: review },
    {
      id: "sign",
      label: "Sign",
      validate: () => (phase !== "idle" ? { ok: false, message: PHASE_LABEL[phase] } : reviewCheck()),
      render: () => (
        <div className="space-y-5">
          {review()}
          <WriteGateNotice />
          <WalletAskNote plan={plan} />
        </div>
      ),
    },
  ];
  const stepper = useStepper(steps);
  const atReview = stepper.index >= 2;
  if (atReview !== reviewing) setReviewing(atReview);

  if (!account) {
    return <ConnectFirst what="to stake" />;
  }
  const staking = getDeployedContract(appChain.chain.id, "DTAStaking");
  if (!staking) return <EmptyState title={`Staking isn't deployed on ${appChain.chain.name} yet`} />;

  async function sign() {
    const minted = await stake();
    if (minted !== undefined) setTokenId(minted);
  }

  function restart() {
    reset();
    setLockDays(undefined);
    setLockTouched(false);
    setTokenId(undefined);
    stepper.reset();
  }

  return (
    <Stepper
      stepper={stepper}
      steps={steps}
      title="Stake DTA"
      label="Staking steps"
      busy={phase !== "idle"}
      onFinish={sign}
      completed={
        tokenId !== undefined
          ? { heading: "Your new position", content: <StakeReceipt tokenId={tokenId} onAgain={restart} /> }
          : undefined
      }
      finishButton={
        <WriteButton type="submit" className="btn-primary" disabled={!stepper.check.ok}>
          {phase !== "idle" ? PHASE_LABEL[phase] : plan ? SIGN_LABEL[plan.mode] : "Stake"}
        </WriteButton>
      }
    />
  );
}
