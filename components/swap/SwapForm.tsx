"use client";

import { useMemo, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { AmountInput } from "@/components/ui/AmountInput";
import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { StatCard } from "@/components/ui/StatCard";
import { TxPlanSteps } from "@/components/tx/TxPlanSteps";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { formatAmount, formatDta } from "@/lib/format";
import { BIVE_DECIMALS, BIVE_SYMBOL, bonusDaysLeft, quoteSwap } from "@/lib/swap/quote";
import { useAmountField } from "@/hooks/useAmountField";
import { useTxFlow } from "@/hooks/useTxFlow";
import { useBiveSwapState, type BiveSwapState } from "@/hooks/swap/useBiveSwapState";
import { SwapErrorNotice } from "./SwapErrorNotice";
import { SwapQuote } from "./SwapQuote";

/** Nothing real is this large; the balance check is what bounds an amount. */
const NO_UPPER_BOUND = 10n ** 60n;
const STEP_LABELS = {
  idle: "Swap",
  signing: "Sign the permit…",
  approving: "Approving…",
  calling: "Swapping…",
};

function SwapFields({ state, balance }: { state: BiveSwapState; balance: bigint }) {
  const amount = useAmountField(balance, {
    decimals: BIVE_DECIMALS,
    symbol: BIVE_SYMBOL,
    max: NO_UPPER_BOUND,
    min: state.biveUnitsPerDtaUnit,
    belowMinimumMessage: `That is worth 0 DTA: the smallest amount you can swap is ${formatAmount(
      state.biveUnitsPerDtaUnit,
      BIVE_DECIMALS,
    )} BIVE.`,
  });
  const value = amount.result.ok ? amount.result.value : undefined;
  const amountLabel = value !== undefined ? `${formatAmount(value, BIVE_DECIMALS)} BIVE` : "";
  const call = useMemo(
    () => ({
      functionName: "swap",
      permitFunctionName: "swapWithPermit",
      argsLabel: amountLabel,
      short: "Swap",
    }),
    [amountLabel],
  );
  const flow = useTxFlow({ token: "BIVE", spender: "BiveSwap", amount: value, amountLabel, call });
  const { phase, isPending } = flow;
  const quote = value !== undefined ? quoteSwap(value, state) : undefined;
  const daysLeft = bonusDaysLeft(state.genesisTimestamp, state.bonusWindow, state.chainTime);
  const poolError = quote?.exceedsSwapPool
    ? `The swap pool has only ${formatDta(state.swapPoolRemaining)} DTA left. Swap a smaller amount.`
    : undefined;
  const canSwap = quote !== undefined && !poolError && !isPending && flow.plan !== undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    amount.markTouched();
    // Invalid input never reaches the wallet.
    if (!amount.result.ok || !canSwap) return;
    const bive = amount.result.value;
    const outcome = await flow.run({
      description: `Swap ${formatAmount(bive, BIVE_DECIMALS)} BIVE for DTA`,
      call: { functionName: "swap", args: [bive] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "swapWithPermit",
        args: [bive, deadline, v, r, s],
      }),
      // The swap pays DTA out of its pools.
      affects: ["DTAToken"],
    });
    if (outcome.status === "confirmed") amount.reset();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="swap-form-title" className="card space-y-4">
      <h3 id="swap-form-title" className="text-lg font-semibold text-slate-900">
        Swap BIVE for DTA
      </h3>
      <AmountInput
        field={amount}
        balance={balance}
        label="Amount (BIVE)"
        symbol={BIVE_SYMBOL}
        decimals={BIVE_DECIMALS}
        disabled={isPending}
      />
      {quote && (
        <SwapQuote
          quote={quote}
          amount={amount.result.ok ? amount.result.value : 0n}
          bonusOpen={state.bonusActive && daysLeft > 0n}
          daysLeft={daysLeft}
        />
      )}
      {poolError && (
        <p className="field-error" role="alert">
          {poolError}
        </p>
      )}
      {quote && <TxPlanSteps plan={flow.plan} pendingLabel="Checking how to authorise the swap" />}
      <p className="text-sm text-slate-600">Swapped BIVE is locked in the swap contract forever.</p>
      <WriteGateNotice />
      <WriteButton
        type="submit"
        className="btn-primary w-full sm:w-auto"
        disabled={!canSwap}
        aria-live="polite"
      >
        {STEP_LABELS[phase]}
      </WriteButton>
    </form>
  );
}

/** The connected account's BIVE balance and the swap form; "no BIVE" and "not connected" states. */
export default function SwapForm() {
  const { isConnected } = useAccount();
  const { state, isError, refetch } = useBiveSwapState();

  if (!isConnected) {
    return (
      <EmptyState title="Not connected">
        Connect a wallet with the button at the top of the page to see your BIVE balance and swap it for DTA.
      </EmptyState>
    );
  }
  if (isError) return <SwapErrorNotice what="your BIVE balance" onRetry={() => void refetch()} />;
  const balance = state?.biveBalance;

  return (
    <div className="space-y-4">
      <StatCard
        label="Your BIVE balance"
        unit="BIVE"
        testId="bive-balance"
        rawValue={balance}
        value={
          balance !== undefined ? (
            formatAmount(balance, BIVE_DECIMALS)
          ) : (
            <Skeleton label="Loading BIVE balance" />
          )
        }
      />
      {state && balance === 0n && (
        <EmptyState title="No BIVE to swap">
          This account holds no legacy BIVE. Switch to an account that holds BIVE to swap it for DTA.
        </EmptyState>
      )}
      {state && balance !== undefined && balance > 0n && <SwapFields state={state} balance={balance} />}
    </div>
  );
}
