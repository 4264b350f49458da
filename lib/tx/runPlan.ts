/**
 * Runs a transaction plan (lib/tx/plan.ts) step by step through injected effects (the wallet and the
 * transactor in hooks/useTxFlow.ts; fakes in the unit test), so the order, the stops and the permit → approve
 * fallback are one piece of pure, tested logic.
 */
import { fallbackPlan, type TxIntent, type TxPlan, type TxStep } from "./plan";

export type PermitAttempt<P, E> =
  | { readonly ok: true; readonly permit: P }
  /** `rejected`: the user said no in the wallet (stop). Otherwise the wallet couldn't sign (fall back). */
  | { readonly ok: false; readonly rejected: boolean; readonly error: E };

/** Where a step sits in the plan being run, e.g. "Step 1 of 2" (undefined for a one-step plan). */
export type StepPlace = string | undefined;

export interface PlanEffects<P, E, O extends { readonly status: string }> {
  readonly signPermit: (step: TxStep, place: StepPlace) => Promise<PermitAttempt<P, E>>;
  readonly approve: (step: TxStep, place: StepPlace) => Promise<O>;
  /** The plan's call; `permit` is set when the step takes the signed permit. */
  readonly call: (step: TxStep, place: StepPlace, permit: P | undefined) => Promise<O>;
  /** The wallet can't sign permits: the run goes on with `plan` (approve + call). */
  readonly onFallback?: (plan: TxPlan) => void;
}

export type PlanRun<E, O> =
  /** The last transaction sent: the call's outcome, or the approval's when it didn't confirm. */
  | { readonly kind: "sent"; readonly outcome: O }
  | { readonly kind: "rejected"; readonly error: E }
  | { readonly kind: "stopped"; readonly message: string };

const placeOf = (plan: TxPlan, index: number): StepPlace =>
  plan.steps.length > 1 ? `Step ${index + 1} of ${plan.steps.length}` : undefined;

export async function runPlan<P, E, O extends { readonly status: string }>(
  plan: TxPlan,
  intent: TxIntent,
  effects: PlanEffects<P, E, O>,
): Promise<PlanRun<E, O>> {
  let current = plan;
  let permit: P | undefined;
  for (let index = 0; index < current.steps.length; index++) {
    const step = current.steps[index]!;
    const place = placeOf(current, index);
    if (step.kind === "permit") {
      const signed = await effects.signPermit(step, place);
      if (signed.ok) {
        permit = signed.permit;
        continue;
      }
      if (signed.rejected) return { kind: "rejected", error: signed.error };
      const fallback = fallbackPlan(intent);
      if (!fallback) return { kind: "stopped", message: "Couldn't read the allowance." };
      effects.onFallback?.(fallback);
      current = fallback;
      index = -1;
      continue;
    }
    if (step.kind === "approve") {
      const approved = await effects.approve(step, place);
      if (approved.status !== "confirmed") return { kind: "sent", outcome: approved };
      continue;
    }
    if (step.withPermit && permit === undefined)
      return { kind: "stopped", message: "The permit is missing." };
    return { kind: "sent", outcome: await effects.call(step, place, step.withPermit ? permit : undefined) };
  }
  return { kind: "stopped", message: "The plan has no call to send." };
}
