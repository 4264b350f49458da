import type { ReactNode } from "react";
import { formatAmount, formatDta } from "@/lib/format";
import { BIVE_DECIMALS, pluralDays, type SwapQuote as Quote } from "@/lib/swap/quote";

function Row({ label, value, testId, unit }: { label: string; value: bigint; testId: string; unit: string }) {
  const text = unit === "BIVE" ? formatAmount(value, BIVE_DECIMALS) : formatDta(value);
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-semibold tabular-nums text-slate-900">
        <span data-testid={testId} data-value={value.toString()} className="break-all">
          {text}
        </span>{" "}
        {unit}
      </dd>
    </div>
  );
}

/** What the swap pays, shown before anything is signed. */
export function SwapQuote({
  quote,
  amount,
  bonusOpen,
  daysLeft,
}: {
  quote: Quote;
  amount: bigint;
  bonusOpen: boolean;
  daysLeft: bigint;
}) {
  const notes: ReactNode[] = [];
  if (!bonusOpen) notes.push("The 90-day early-holder bonus window has closed: swaps now pay 1:1.");
  else if (quote.bonusCapped) {
    notes.push(
      quote.bonus === 0n
        ? `The bonus pool is empty, so this swap earns no bonus (it would have been ${formatDta(quote.fullBonus)} DTA).`
        : `The bonus pool can only pay part of the 10% bonus: ${formatDta(quote.bonus)} of ${formatDta(quote.fullBonus)} DTA.`,
    );
  }
  if (quote.biveUsed < amount) {
    notes.push(
      `${formatAmount(amount - quote.biveUsed, BIVE_DECIMALS)} BIVE is below the smallest DTA unit (0.0001) and stays in your wallet.`,
    );
  }

  return (
    <section aria-labelledby="swap-quote-title" className="rounded-lg border border-teal-200 bg-teal-50 p-4">
      <h3 id="swap-quote-title" className="text-sm font-semibold text-teal-900">
        You will receive
      </h3>
      <dl className="mt-2 space-y-1 text-sm">
        <Row label="BIVE swapped (locked forever)" value={quote.biveUsed} testId="quote-bive" unit="BIVE" />
        <Row label="DTA, 1:1" value={quote.dtaAmount} testId="quote-dta" unit="DTA" />
        <Row
          label={bonusOpen ? `Early-holder bonus (10%, ${pluralDays(daysLeft)} left)` : "Early-holder bonus"}
          value={quote.bonus}
          testId="quote-bonus"
          unit="DTA"
        />
        <div className="border-t border-teal-200 pt-1">
          <Row label="Total" value={quote.dtaAmount + quote.bonus} testId="quote-total" unit="DTA" />
        </div>
      </dl>
      {notes.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-teal-900">
          {notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
