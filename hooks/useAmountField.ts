"use client";

import { useMemo, useState } from "react";
import { parseAmount, type AmountResult } from "@/lib/amount";

export interface AmountField {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly result: AmountResult;
  /** The error to show: only once the user typed something or tried to submit. */
  readonly visibleError: string | undefined;
  readonly markTouched: () => void;
  readonly reset: () => void;
}

/** State of an AmountInput: the raw text, its parsed bigint (or error) against the balance. */
export function useAmountField(balance: bigint | undefined): AmountField {
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const result = useMemo(() => parseAmount(text, { balance }), [text, balance]);
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
