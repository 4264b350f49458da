"use client";

import { useState, type FormEvent } from "react";
import { TxPlanSteps } from "@/components/tx/TxPlanSteps";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useBuySimulation } from "@/hooks/twins/useTwinFlows";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { formatDta } from "@/lib/format";
import { formatBps } from "@/lib/tokenomics/revenueSplit";
import { serviceSplit } from "@/lib/twins/economics";
import { checkHours } from "@/lib/twins/validate";

/** Buy simulation hours: the cost and its split (burn, platform, owner) are shown before anything is signed. */
export function BuySimulation({
  id,
  rate,
  burnBps,
  active,
}: {
  id: bigint;
  rate: bigint | undefined;
  burnBps: bigint | undefined;
  active: boolean;
}) {
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const [bought, setBought] = useState<bigint | undefined>();
  const { balance } = useDtaBalance();
  const hours = checkHours(text);
  const cost = hours.ok && rate !== undefined ? hours.value * rate : undefined;
  const short = cost !== undefined && balance !== undefined && cost > balance;
  const error = !hours.ok
    ? touched || text !== ""
      ? hours.message
      : undefined
    : short
      ? `That costs ${formatDta(cost)} DTA; your balance is ${formatDta(balance)} DTA.`
      : undefined;
  const { buy, plan, phase } = useBuySimulation(id, hours.ok ? hours.value : undefined, rate);
  const split = cost !== undefined && burnBps !== undefined ? serviceSplit(cost, burnBps) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!hours.ok || short || cost === undefined) return;
    const jobId = await buy();
    if (jobId !== undefined) {
      setBought(jobId);
      setText("");
      setTouched(false);
    }
  }

  if (!active) {
    return (
      <p className="card text-sm text-slate-700">
        This twin takes no new simulation jobs while it is suspended or deregistering.
      </p>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="card space-y-3" aria-labelledby="buy-heading">
      <h2 id="buy-heading" className="text-lg font-semibold text-slate-900">
        Buy simulation hours
      </h2>
      <p className="text-sm text-slate-600">
        {rate !== undefined ? `${formatDta(rate)} DTA per hour. ` : ""}The payment is held in escrow with the
        job: the owner completes it with a result within 7 days, or declines it (you are refunded); after 7
        days you can reclaim it in full.
      </p>
      <label htmlFor="buy-hours" className="field-label">
        Hours (whole hours, 1 to 1,000)
      </label>
      <input
        id="buy-hours"
        inputMode="numeric"
        className="input w-40"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "buy-hours-error" : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id="buy-hours-error" className="field-error" role="alert" data-testid="buy-error">
          {error}
        </p>
      )}
      {split && cost !== undefined && burnBps !== undefined && (
        <dl className="text-sm" data-testid="buy-split">
          {(
            [
              ["You pay", cost, "buy-cost"],
              [`Burned (service burn ${formatBps(Number(burnBps))})`, split.burned, "split-burn"],
              ["Platform revenue (10% of the rest)", split.toPlatform, "split-platform"],
              ["Twin owner (the remainder)", split.toOwner, "split-owner"],
            ] as const satisfies readonly (readonly [string, bigint, string])[]
          ).map(([label, value, testId]) => (
            <div key={testId} className="flex justify-between border-b border-slate-100 py-1">
              <dt className="text-slate-600">{label}</dt>
              <dd className="tabular-nums" data-testid={testId} data-value={value.toString()}>
                {formatDta(value)} DTA
              </dd>
            </div>
          ))}
        </dl>
      )}
      {cost !== undefined && !short && (
        <TxPlanSteps plan={plan} pendingLabel="Checking how to authorise the payment" />
      )}
      <WriteGateNotice />
      <WriteButton type="submit" className="btn-primary" disabled={phase !== "idle"}>
        {phase !== "idle"
          ? "Waiting for your wallet…"
          : hours.ok
            ? `Buy ${hours.value} hour${hours.value === 1n ? "" : "s"}`
            : "Buy hours"}
      </WriteButton>
      {bought !== undefined && (
        <p role="status" className="text-sm text-teal-900" data-testid="bought-job">
          Job #{bought.toString()} is open; it appears in the jobs below.
        </p>
      )}
    </form>
  );
}
