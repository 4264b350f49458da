"use client";

import { useState, type FormEvent } from "react";
import { formatUnits, zeroAddress } from "viem";
import { TxPlanReview } from "@/components/tx/TxPlanSteps";
import { AmountInput } from "@/components/ui/AmountInput";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useOpenStream, type StreamOpening } from "@/hooks/streams/useStreamFlows";
import { useAmountField } from "@/hooks/useAmountField";
import { useChainTime } from "@/hooks/useChainTime";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useDtaRead } from "@/hooks/useDtaRead";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta } from "@/lib/format";
import { formatUnlockDate } from "@/lib/staking/wizard";
import {
  RATE_PERIOD_SECONDS,
  formatCountdown,
  minimumDeposit,
  ratePerSecondFor,
  runsDryAt,
  type RatePeriod,
} from "@/lib/streams/flow";
import { checkRate, checkRecipient } from "@/lib/streams/validate";
import { parseAmount } from "@/lib/amount";

const PERIOD_WORDS: Record<RatePeriod, string> = { hour: "hour", day: "day", month: "month (30 days)" };
const isPeriod = (v: string): v is RatePeriod => v in RATE_PERIOD_SECONDS;
export const BLACKLISTED_RECIPIENT =
  "That address is blacklisted by DTA compliance: it can't receive a stream. Choose another recipient.";

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}

/**
 * Open a stream: recipient, a rate typed as DTA per hour, day or month (converted exactly to the contract's
 * 18-decimal per-second rate, rounded down and said so), and a deposit. What it pays and when it runs dry are
 * shown before anything is signed; every input the contract would refuse is refused here first, with words.
 */
export default function OpenStream() {
  const { account } = useScopeKey();
  const { balance } = useDtaBalance();
  const { now } = useChainTime();
  const [recipientText, setRecipientText] = useState("");
  const [rateText, setRateText] = useState("");
  const [period, setPeriod] = useState<RatePeriod>("day");
  const [touched, setTouched] = useState(false);
  const [opened, setOpened] = useState<bigint | undefined>();

  const recipient = checkRecipient(recipientText, account);
  const rate = checkRate(rateText, period);
  const minimum = rate.ok ? minimumDeposit(rate.value) : undefined;
  const deposit = useAmountField(balance, {
    min: minimum,
    belowMinimumMessage:
      minimum !== undefined ? `Deposit at least one second of flow: ${formatDta(minimum)} DTA.` : undefined,
  });
  const blacklisted = useDtaRead({
    contractName: "DTAToken",
    functionName: "isBlacklisted",
    args: [recipient.ok ? recipient.value : zeroAddress],
    enabled: recipient.ok,
  });

  const recipientError = !recipient.ok
    ? touched || recipientText !== ""
      ? recipient.message
      : undefined
    : blacklisted.data === true
      ? BLACKLISTED_RECIPIENT
      : undefined;
  const rateError = !rate.ok && (touched || rateText !== "") ? rate.message : undefined;
  const depositError =
    deposit.visibleError ?? (touched && !deposit.result.ok ? deposit.result.message : undefined);

  const typed = parseAmount(rateText);
  const rateInWords = rate.ok && typed.ok ? ratePerSecondFor(typed.value, period) : undefined;
  const to = recipient.ok ? recipient.value : undefined;
  const perSecond = rate.ok ? rate.value : undefined;
  const amount = deposit.result.ok ? deposit.result.value : undefined;
  const paysPerPeriod = rateInWords?.paysPerPeriod;
  const input: StreamOpening | undefined =
    to && perSecond !== undefined && amount !== undefined && paysPerPeriod !== undefined
      ? {
          recipient: to,
          ratePerSecond: perSecond,
          deposit: amount,
          rateLabel: `${formatDta(paysPerPeriod)} DTA per ${period}`,
        }
      : undefined;
  const { open, plan, phase } = useOpenStream(input);
  const dryAt = input && now !== undefined ? runsDryAt(now, input.ratePerSecond, input.deposit) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    deposit.markTouched();
    if (!input || blacklisted.data !== false) return;
    const id = await open();
    if (id !== undefined) {
      setOpened(id);
      setRecipientText("");
      setRateText("");
      deposit.reset();
      setTouched(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="card space-y-4" aria-labelledby="open-stream-heading">
      <h2 id="open-stream-heading" className="text-lg font-semibold text-slate-900">
        Open a stream
      </h2>
      <div>
        <label htmlFor="stream-recipient" className="field-label">
          Recipient (receives the stream&apos;s NFT and its flow)
        </label>
        <input
          id="stream-recipient"
          className="input mt-1 font-mono text-sm"
          placeholder="0x…"
          autoComplete="off"
          spellCheck={false}
          value={recipientText}
          aria-invalid={recipientError ? true : undefined}
          aria-describedby={recipientError ? "stream-recipient-error" : undefined}
          onChange={(e) => setRecipientText(e.target.value)}
        />
        <FieldError id="stream-recipient-error" message={recipientError} />
      </div>
      <div>
        <label htmlFor="stream-rate" className="field-label">
          Rate (DTA)
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="stream-rate"
            className="input tabular-nums"
            inputMode="decimal"
            autoComplete="off"
            placeholder="e.g. 24"
            value={rateText}
            aria-invalid={rateError ? true : undefined}
            aria-describedby={rateError ? "stream-rate-error" : "stream-rate-hint"}
            onChange={(e) => setRateText(e.target.value)}
          />
          <select
            aria-label="Per"
            className="input w-auto"
            value={period}
            onChange={(e) => isPeriod(e.target.value) && setPeriod(e.target.value)}
          >
            {(Object.keys(RATE_PERIOD_SECONDS) as RatePeriod[]).map((p) => (
              <option key={p} value={p}>
                per {PERIOD_WORDS[p]}
              </option>
            ))}
          </select>
        </div>
        <FieldError id="stream-rate-error" message={rateError} />
        {rate.ok && rateInWords && (
          <p id="stream-rate-hint" className="mt-1 text-sm text-slate-600" data-testid="open-rate">
            {formatUnits(rate.value, 18)} DTA per second ({rate.value.toString()} in the contract&apos;s
            18-decimal units){" "}
            {rateInWords.exact
              ? `— exactly ${formatDta(rateInWords.paysPerPeriod)} DTA per ${period}.`
              : `— rounded down, so it pays ${formatDta(rateInWords.paysPerPeriod)} DTA per ${period}, never more than typed.`}
          </p>
        )}
      </div>
      <div>
        <AmountInput field={deposit} balance={balance} label="Deposit (DTA)" disabled={phase !== "idle"} />
        {!deposit.visibleError && depositError && (
          <FieldError id="stream-deposit-error" message={depositError} />
        )}
      </div>
      {input && (
        <div className="rounded-lg bg-teal-50 p-3 text-sm text-teal-950" data-testid="open-preview">
          {dryAt !== undefined && now !== undefined ? (
            <p>
              Runs dry on{" "}
              <strong data-testid="open-runs-dry" data-value={dryAt.toString()}>
                {formatUnlockDate(dryAt)}
              </strong>{" "}
              — {formatCountdown(dryAt - now)} of flow from the deposit. Top it up before then to keep it
              flowing.
            </p>
          ) : (
            <p>Reading the chain&apos;s clock…</p>
          )}
        </div>
      )}
      {input && (
        <>
          <TxPlanReview
            plan={plan}
            testId="open-signing"
            pendingLabel="Checking how to authorise the deposit"
          />
        </>
      )}
      <WriteGateNotice />
      <WriteButton
        type="submit"
        className="btn-primary"
        disabled={phase !== "idle"}
        data-testid="open-stream"
      >
        {phase !== "idle" ? "Waiting for your wallet…" : "Open the stream"}
      </WriteButton>
      {opened !== undefined && (
        <p
          role="status"
          className="text-sm text-teal-900"
          data-testid="stream-opened"
          data-value={opened.toString()}
        >
          Stream #{opened.toString()} is flowing; it appears under the streams you send below.
        </p>
      )}
    </form>
  );
}
