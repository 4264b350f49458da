"use client";

import { useCallback, useReducer } from "react";
import { INITIAL_STEPPER, STEP_OK, stepperReducer, type StepCheck } from "@/lib/stepper";

/** What the stepper needs of a step: its check before Next, and what to do when Next is refused. */
export interface CheckedStep {
  /** Whether the step's input lets the user go on (default: always). Run on every render; keep it cheap. */
  readonly validate?: () => StepCheck;
  /** Called when Next is refused, e.g. to mark a field touched so it shows its own error. */
  readonly onRefused?: () => void;
}

/**
 * The state of a multi-step form over `steps` (see lib/stepper.ts): the current step, its check, why the last
 * Next was refused, and next / back / reset. components/ui/Stepper.tsx renders it.
 */
export function useStepper<S extends CheckedStep>(steps: readonly S[]) {
  const [state, dispatch] = useReducer(stepperReducer, INITIAL_STEPPER);
  const count = steps.length;
  const index = Math.min(state.index, count - 1);
  const step = steps[index];
  const check = step?.validate?.() ?? STEP_OK;
  // The message of the check as it is now (the input may have changed since the refusal).
  const refusal = state.refused !== undefined && !check.ok ? check : undefined;

  const next = useCallback(() => {
    if (!check.ok) step?.onRefused?.();
    dispatch({ type: "next", check, count });
  }, [check, count, step]);
  const back = useCallback(() => dispatch({ type: "back" }), []);
  const reset = useCallback(() => dispatch({ type: "reset" }), []);

  return {
    index,
    step,
    count,
    check,
    refusal,
    moved: state.moved,
    isFirst: index === 0,
    isLast: index === count - 1,
    next,
    back,
    reset,
  };
}

export type StepperControl<S extends CheckedStep> = ReturnType<typeof useStepper<S>>;
