/**
 * The state machine behind every multi-step form (components/ui/Stepper.tsx, hooks/useStepper.ts): a step
 * moves on only when its check passes; a refused Next keeps the step and records why, for the stepper to show.
 */

/** A step's own verdict on its input: what to tell the user when it isn't ready. */
export type StepCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly message: string;
      /** The step shows this message itself, next to its field; the stepper then doesn't repeat it. */
      readonly shownByStep?: boolean;
    };

export const STEP_OK: StepCheck = { ok: true };

export interface StepperState {
  /** The step on screen (0-based). */
  readonly index: number;
  /** Why the last Next on this step was refused; cleared when the step changes. */
  readonly refused: string | undefined;
  /** True once the user moved between steps: focus then follows to the new step's heading. */
  readonly moved: boolean;
}

export type StepperAction =
  | { readonly type: "next"; readonly check: StepCheck; readonly count: number }
  | { readonly type: "back" }
  | { readonly type: "reset" };

export const INITIAL_STEPPER: StepperState = { index: 0, refused: undefined, moved: false };

export function stepperReducer(state: StepperState, action: StepperAction): StepperState {
  switch (action.type) {
    case "next":
      if (!action.check.ok) return { ...state, refused: action.check.message };
      if (state.index >= action.count - 1) return { ...state, refused: undefined };
      return { index: state.index + 1, refused: undefined, moved: true };
    case "back":
      return state.index === 0 ? state : { index: state.index - 1, refused: undefined, moved: true };
    case "reset":
      return { index: 0, refused: undefined, moved: true };
  }
}

export type StepStatus = "done" | "current" | "todo";

/** Each step's place relative to the current one; every step is done once the flow completed. */
export function stepStatus(index: number, current: number, completed: boolean): StepStatus {
  if (completed || index < current) return "done";
  return index === current ? "current" : "todo";
}
