"use client";

import { useId } from "react";
import { formatAmount } from "@/lib/format";
import { DTA_DECIMALS } from "@/lib/tokenomics/allocation";
import { formatUnits } from "viem";
import type { AmountField } from "@/hooks/useAmountField";

interface AmountInputProps {
  readonly field: AmountField;
  /** Spendable balance in base units; undefined while loading or when no wallet is connected. */
  readonly balance: bigint | undefined;
  readonly label?: string;
  readonly symbol?: string;
  /** The token's decimals, for the balance and Max (defaults to DTA's 4). */
  readonly decimals?: number;
  readonly disabled?: boolean;
}

/**
 * The one amount field of the app: label, balance, Max, and an inline error tied to the input with
 * aria-describedby. The parent disables its action while `field.result` is not ok.
 */
export function AmountInput({
  field,
  balance,
  label = "Amount (DTA)",
  symbol = "DTA",
  decimals = DTA_DECIMALS,
  disabled,
}: AmountInputProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const balanceId = `${id}-balance`;
  const describedBy = [balanceId, field.visibleError ? errorId : undefined].filter(Boolean).join(" ");

  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <span id={balanceId} className="text-xs text-slate-600">
          Balance:{" "}
          <span className="tabular-nums">
            {balance === undefined ? "—" : `${formatAmount(balance, decimals)} ${symbol}`}
          </span>
        </span>
      </div>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          name="amount"
          className="input tabular-nums"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder="0.0"
          value={field.text}
          disabled={disabled}
          onChange={(event) => field.setText(event.target.value)}
          onBlur={field.markTouched}
          aria-invalid={field.visibleError ? true : undefined}
          aria-describedby={describedBy}
        />
        <button
          type="button"
          className="btn-secondary shrink-0"
          disabled={disabled || balance === undefined || balance === 0n}
          onClick={() => {
            // Exact: the balance's full decimal string, never a float.
            if (balance !== undefined) field.setText(formatUnits(balance, decimals));
          }}
        >
          Max
        </button>
      </div>
      {field.visibleError && (
        <p id={errorId} className="field-error" role="alert">
          {field.visibleError}
        </p>
      )}
    </div>
  );
}
