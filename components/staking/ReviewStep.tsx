"use client";

import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import { TxPlanSteps } from "@/components/tx/TxPlanSteps";
import { formatDta } from "@/lib/format";
import { votingPower, type LockDays, type Tier } from "@/lib/staking";
import { formatApy, formatUnlockDate, unlockAt } from "@/lib/staking/wizard";
import type { TxPlan } from "@/lib/tx/plan";

export interface StakeQuote {
  readonly apyBps: bigint | undefined;
  readonly reward: bigint | undefined;
  readonly poolAvailable: bigint | undefined;
  readonly isError: boolean;
}

function Row({
  label,
  testId,
  value,
  children,
}: {
  label: string;
  testId: string;
  value?: bigint;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-1 border-b border-slate-100 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd
        className="font-medium tabular-nums text-slate-900"
        data-testid={testId}
        data-value={value?.toString()}
      >
        {children}
      </dd>
    </div>
  );
}

/** Step 3: the contract's own figures for this stake, the pool check, and exactly what will be signed. */
export function ReviewStep({
  amount,
  tier,
  lockDays,
  quote,
  now,
  plan,
}: {
  amount: bigint;
  tier: Tier;
  lockDays: LockDays;
  quote: StakeQuote;
  now: bigint | undefined;
  plan: TxPlan | undefined;
}) {
  const loading = (label: string) =>
    quote.isError ? "Unavailable" : <Skeleton className="h-5 w-24" label={`Loading ${label}`} />;
  const poolShort =
    quote.reward !== undefined && quote.poolAvailable !== undefined && quote.poolAvailable < quote.reward;
  return (
    <div className="space-y-5">
      <dl className="text-sm">
        <Row label="Amount" testId="review-amount" value={amount}>
          {formatDta(amount)} DTA
        </Row>
        <Row label="Tier" testId="review-tier">
          {tier}
        </Row>
        <Row label="Lock period" testId="review-lock">
          {lockDays} days
        </Row>
        <Row label="Effective APY (with your bonuses)" testId="review-apy" value={quote.apyBps}>
          {quote.apyBps !== undefined ? formatApy(quote.apyBps) : loading("the APY")}
        </Row>
        <Row label="Reward at unlock" testId="review-reward" value={quote.reward}>
          {quote.reward !== undefined ? `${formatDta(quote.reward)} DTA` : loading("the reward")}
        </Row>
        <Row label="Unlocks on" testId="review-unlock">
          {now !== undefined
            ? `about ${formatUnlockDate(unlockAt(now, lockDays))}`
            : loading("the unlock date")}
        </Row>
        <Row label="Voting power gained" testId="review-voting" value={votingPower(amount, lockDays)}>
          {formatDta(votingPower(amount, lockDays))} votes
        </Row>
      </dl>
      {poolShort && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          The staking rewards pool can&apos;t cover this stake: it needs {formatDta(quote.reward!)} DTA of
          rewards but only {formatDta(quote.poolAvailable!)} DTA is free. Stake less or choose a shorter lock.
        </p>
      )}
      <TxPlanSteps plan={plan} testId="review-signing" pendingLabel="Checking how to authorise the stake" />
    </div>
  );
}
