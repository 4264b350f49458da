"use client";

import { useMemo, useState } from "react";
import { parseAmount, type AmountResult, type AmountRules } from "@/lib/amount";

export interface AmountField {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly result: AmountResult;
  /** The error to show: only once the user typed something or tried to submit. */
  readonly visibleError: string | undefined;
  readonly markTouched: () => void;
  readonly reset: () => void;
}

/** How to parse a token other than DTA: decimals, symbol, bounds (the balance is the first argument). */
export type AmountFieldRules = Omit<AmountRules, "balance">;

/**
 * State of an AmountInput: the raw text, its parsed bigint (or error) against the balance. `rules` defaults
 * to DTA (4 decimals, at most the total supply).
 */
export function useAmountField(balance: bigint | undefined, rules: AmountFieldRules = {}): AmountField {
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const { decimals, symbol, max, min, belowMinimumMessage } = rules;
  const result = useMemo(
    () => parseAmount(text, { balance, decimals, symbol, max, min, belowMinimumMessage }),
    [text, balance, decimals, symbol, max, min, belowMinimumMessage],
  );
  const visibleError = !result.ok && (touched || text.trim() !== "") ? result.message : undefined;
  return {
    text,
    setText,
    result,
    visibleError,
    markTouched: () => setTouched(true),
    reset: () => {
      setText("");
      setTouched(false);
    },
  };
}
