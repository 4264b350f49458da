"use client";

import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import type { PermitMode } from "@/hooks/staking/useStakePreview";
import { formatDta, shortAddress } from "@/lib/format";
import { PERMIT_LIFETIME_SECONDS } from "@/lib/permit";
import { votingPower, type LockDays, type Tier } from "@/lib/staking";
import { formatApy, formatUnlockDate, unlockAt } from "@/lib/staking/wizard";

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

/** What the wallet will be asked for, in order, for each way of authorising the stake. */
export function signingSteps(
  mode: PermitMode,
  amount: bigint,
  lockDays: LockDays,
  staking: string,
  token: string,
) {
  const dta = `${formatDta(amount)} DTA`;
  const stakeCall = `stake(${dta}, ${lockDays} days)`;
  if (mode === "permit") {
    return [
      `Sign (no gas): Permit for Digital Twin AI Token — lets DTAStaking (${shortAddress(staking)}) take ${dta} once, valid for ${PERMIT_LIFETIME_SECONDS / 60n} minutes.`,
      `Send one transaction: stakeWithPermit(${dta}, ${lockDays} days) to DTAStaking (${shortAddress(staking)}).`,
    ];
  }
  if (mode === "allowance") {
    return [
      `Send one transaction: ${stakeCall} to DTAStaking (${shortAddress(staking)}) — your allowance already covers it.`,
    ];
  }
  return [
    `Send a transaction: approve(DTAStaking, ${dta}) on DTAToken (${shortAddress(token)}).`,
    `Send a transaction: ${stakeCall} to DTAStaking (${shortAddress(staking)}).`,
  ];
}

/** Step 3: the contract's own figures for this stake, the pool check, and exactly what will be signed. */
export function ReviewStep({
  amount,
  tier,
  lockDays,
  quote,
  now,
  steps,
}: {
  amount: bigint;
  tier: Tier;
  lockDays: LockDays;
  quote: StakeQuote;
  now: bigint | undefined;
  steps: readonly string[] | undefined;
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
      <section aria-labelledby="signing-heading" className="rounded-lg bg-slate-50 p-3 text-sm">
        <h3 id="signing-heading" className="font-medium text-slate-900">
          What you will sign
        </h3>
        {steps ? (
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700" data-testid="review-signing">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        ) : (
          <Skeleton className="mt-2 h-10 w-full" label="Checking how to authorise the stake" />
        )}
      </section>
    </div>
  );
}
