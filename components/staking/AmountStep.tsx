"use client";

import { AmountInput } from "@/components/ui/AmountInput";
import type { AmountField } from "@/hooks/useAmountField";
import { formatDta } from "@/lib/format";
import { MIN_STAKE } from "@/lib/staking";
import { tierPlacement } from "@/lib/staking/wizard";

/** Step 1: how much to stake, the tier it lands in and how far the next tier is. */
export function AmountStep({
  field,
  balance,
  amount,
}: {
  field: AmountField;
  balance: bigint | undefined;
  amount: bigint | undefined;
}) {
  const placement = amount !== undefined ? tierPlacement(amount) : undefined;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Stake at least {formatDta(MIN_STAKE)} DTA. The amount decides your tier: Bronze from 1,000, Silver
        from 10,000, Gold from 50,000, Platinum from 100,000 and Diamond from 500,000 DTA.
      </p>
      <AmountInput field={field} balance={balance} label="Amount to stake (DTA)" />
      <div aria-live="polite" className="min-h-[3rem] rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
        {placement ? (
          <>
            <p>
              Lands in <strong data-testid="wizard-tier">{placement.tier}</strong>.
            </p>
            <p>
              {placement.next
                ? `Add ${formatDta(placement.next.missing)} DTA to reach ${placement.next.tier}.`
                : "Diamond is the highest tier."}
            </p>
          </>
        ) : (
          <p>Type an amount to see which tier it lands in.</p>
        )}
      </div>
    </div>
  );
}
