"use client";

import { parseStakeAmount, type StakeAmountResult } from "@/lib/staking/wizard";
import { useAmountField, type AmountField } from "../useAmountField";

/**
 * The wizard's amount: the app's one amount field, with the staking minimum added to its rules. The error
 * shows once the user typed something or tried to go on.
 */
export function useStakeAmountField(balance: bigint | undefined): {
  field: AmountField;
  result: StakeAmountResult;
  reset: () => void;
} {
  const base = useAmountField(balance);
  const result = parseStakeAmount(base.text, balance);
  const shown = base.text.trim() !== "" || base.visibleError !== undefined;
  const visibleError = !result.ok && shown ? result.message : undefined;
  return { field: { ...base, visibleError }, result, reset: base.reset };
}
