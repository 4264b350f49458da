"use client";

import { TxPlanReview } from "@/components/tx/TxPlanSteps";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useBuyAccess } from "@/hooks/data/useDataFlows";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { formatDta } from "@/lib/format";

/**
 * An approved buyer pays a restricted contribution's premium: the split (service burn, platform revenue, the
 * contributor's remainder — the contract's own `quotePremium`) is shown before signing, and the price shown is
 * the most accepted.
 */
export function BuyAccess({
  id,
  quote,
  granted,
  paid,
  account,
}: {
  readonly id: bigint;
  /** [amount, burned, toPlatform, toContributor] from `quotePremium`. */
  readonly quote: readonly [bigint, bigint, bigint, bigint] | undefined;
  readonly granted: boolean | undefined;
  readonly paid: boolean | undefined;
  readonly account: `0x${string}`;
}) {
  const price = quote?.[0];
  const { buy, plan, phase } = useBuyAccess(id, granted && !paid ? price : undefined);
  const { balance } = useDtaBalance();
  if (paid) {
    return (
      <p className="text-sm text-teal-900" data-testid="access-bought">
        You bought access to contribution #{id.toString()}. The contributor shares the data with you
        off-chain.
      </p>
    );
  }
  if (granted === false) {
    return (
      <p className="text-sm text-slate-700" data-testid="access-not-granted">
        The contributor hasn&apos;t approved your account ({account}) for this contribution. Ask them to grant
        access; then you can pay the premium here.
      </p>
    );
  }
  const short = price !== undefined && balance !== undefined && balance < price;
  return (
    <div className="space-y-3" data-testid="buy-access">
      <p className="text-sm text-slate-700">
        You are approved. Pay the premium once to receive the data off-chain from the contributor.
      </p>
      {quote && (
        <dl className="text-sm" data-testid="premium-split">
          {(
            [
              ["You pay", quote[0], "premium-cost"],
              ["Burned (service burn)", quote[1], "premium-burn"],
              ["Platform revenue (10% of the rest)", quote[2], "premium-platform"],
              ["Contributor (the remainder)", quote[3], "premium-contributor"],
            ] as const
          ).map(([label, value, testId]) => (
            <div key={testId} className="flex justify-between gap-3 border-b border-slate-100 py-1">
              <dt className="text-slate-600">{label}</dt>
              <dd className="tabular-nums" data-testid={testId} data-value={value.toString()}>
                {formatDta(value)} DTA
              </dd>
            </div>
          ))}
        </dl>
      )}
      {short && (
        <p className="field-error" role="alert" data-testid="buy-balance-error">
          The premium is more than your balance of {formatDta(balance)} DTA.
        </p>
      )}
      {price !== undefined && !short && (
        <>
          <TxPlanReview
            plan={plan}
            testId="buy-signing"
            pendingLabel="Checking how to authorise the payment"
          />
        </>
      )}
      <WriteGateNotice />
      <WriteButton
        className="btn-primary"
        disabled={phase !== "idle" || price === undefined || short}
        onClick={() => void buy()}
      >
        {phase !== "idle"
          ? "Waiting for your wallet…"
          : price !== undefined
            ? `Buy access for ${formatDta(price)} DTA`
            : "Buy access"}
      </WriteButton>
    </div>
  );
}
