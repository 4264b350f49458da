"use client";

import { useState, type FormEvent } from "react";
import { TxPlanReview } from "@/components/tx/TxPlanSteps";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { usePayForQueries } from "@/hooks/marketplace/useMarketplaceFlows";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { formatDta, formatInteger } from "@/lib/format";
import { checkPaymentBalance, checkQueries, MAX_QUERIES_PER_PAYMENT } from "@/lib/marketplace/validate";
import { formatBps } from "@/lib/tokenomics/revenueSplit";
import { serviceSplit } from "@/lib/twins/economics";

/**
 * Pay for N queries: the cost and its split (burn, platform, provider) are shown before anything is signed; the
 * price shown is the most accepted per query (a price raised meanwhile is refused by the contract).
 */
export function PayForQueries({
  id,
  price,
  burnBps,
  paused,
}: {
  id: bigint;
  price: bigint | undefined;
  burnBps: bigint | undefined;
  paused: boolean;
}) {
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const [paid, setPaid] = useState<bigint | undefined>();
  const { balance } = useDtaBalance();
  const queries = checkQueries(text);
  const cost = queries.ok && price !== undefined ? queries.value * price : undefined;
  const funds = cost === undefined ? undefined : checkPaymentBalance(cost, balance);
  const shownError = !queries.ok ? (touched || text !== "" ? queries.message : undefined) : undefined;
  const error = shownError ?? (funds && !funds.ok && balance !== undefined ? funds.message : undefined);
  const { pay, plan, phase } = usePayForQueries(id, queries.ok ? queries.value : undefined, price);
  const split = cost !== undefined && burnBps !== undefined ? serviceSplit(cost, burnBps) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!queries.ok || !funds?.ok) return;
    const requestId = await pay();
    if (requestId !== undefined) {
      setPaid(requestId);
      setText("");
      setTouched(false);
    }
  }

  if (paused) {
    return (
      <section className="card text-sm text-slate-700" data-testid="pay-paused" aria-label="Pay for queries">
        <h2 className="text-lg font-semibold text-slate-900">Pay for queries</h2>
        <p className="mt-1">This service is paused by its provider: it takes no payments until it resumes.</p>
      </section>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="card space-y-3" aria-labelledby="pay-heading">
      <h2 id="pay-heading" className="text-lg font-semibold text-slate-900">
        Pay for queries
      </h2>
      <p className="text-sm text-slate-600">
        {price !== undefined ? `${formatDta(price)} DTA per query. ` : ""}The payment is split at once; you
        get a request number, and the provider posts its response to it.
      </p>
      <label htmlFor="pay-queries" className="field-label">
        Queries (whole number, 1 to {formatInteger(MAX_QUERIES_PER_PAYMENT)})
      </label>
      <input
        id="pay-queries"
        inputMode="numeric"
        className="input w-40"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "pay-queries-error" : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id="pay-queries-error" className="field-error" role="alert" data-testid="pay-error">
          {error}
        </p>
      )}
      {split && cost !== undefined && burnBps !== undefined && (
        <dl className="text-sm" data-testid="pay-split">
          {(
            [
              ["You pay", cost, "pay-cost"],
              [`Burned (service burn ${formatBps(Number(burnBps))})`, split.burned, "split-burn"],
              ["Platform revenue (10% of the rest)", split.toPlatform, "split-platform"],
              ["Provider (the remainder)", split.toOwner, "split-provider"],
            ] as const satisfies readonly (readonly [string, bigint, string])[]
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
      {cost !== undefined && funds?.ok && (
        <>
          <TxPlanReview
            plan={plan}
            testId="pay-signing"
            pendingLabel="Checking how to authorise the payment"
          />
        </>
      )}
      <WriteGateNotice />
      <WriteButton type="submit" className="btn-primary" disabled={phase !== "idle"}>
        {phase !== "idle"
          ? "Waiting for your wallet…"
          : queries.ok
            ? `Pay for ${queries.value} ${queries.value === 1n ? "query" : "queries"}`
            : "Pay"}
      </WriteButton>
      {paid !== undefined && (
        <p role="status" className="text-sm text-teal-900" data-testid="paid-request">
          Request #{paid.toString()} is paid; it appears under your requests below.
        </p>
      )}
    </form>
  );
}
