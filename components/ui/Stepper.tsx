"use client";

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import type { CheckedStep, StepperControl } from "@/hooks/useStepper";
import { stepStatus } from "@/lib/stepper";

const FOCUSABLE = "input, select, textarea, button, [tabindex]";

/** One step, described by data: the stepper draws the progress list, the heading and the buttons. */
export interface StepDefinition extends CheckedStep {
  readonly id: string;
  /** Shown in the progress list and the step's heading, e.g. "Lock period". */
  readonly label: string;
  readonly render: () => ReactNode;
}

interface StepperProps<S extends StepDefinition> {
  readonly stepper: StepperControl<S>;
  readonly steps: readonly S[];
  /** The form's heading, e.g. "Stake DTA". */
  readonly title: string;
  /** The progress list's accessible name, e.g. "Staking steps". */
  readonly label: string;
  /** The last step's submit button (it sends); the stepper calls `onFinish` only when that step's check passes. */
  readonly finishButton: ReactNode;
  readonly onFinish: () => void | Promise<void>;
  /** While true, Back is disabled (a wallet request is open). */
  readonly busy?: boolean;
  /** Once the flow is done: a heading and what to show instead of the steps. */
  readonly completed?: { readonly heading: string; readonly content: ReactNode };
}

/**
 * A multi-step form: an ordered list of the steps (the current one aria-current="step"), the step's heading
 * (focus moves there on every change, for keyboard and screen-reader users), the step, and Back / Next.
 * Next (or Enter in a field) runs the step's check; a refused Next stays, shows why and focuses the first
 * invalid field. Next stays focusable when the step isn't ready (aria-disabled), so the reason can be heard.
 */
export function Stepper<S extends StepDefinition>({
  stepper,
  steps,
  title,
  label,
  finishButton,
  onFinish,
  busy = false,
  completed,
}: StepperProps<S>) {
  const titleId = useId();
  const messageId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const { index, count, check, refusal, moved, isFirst, isLast } = stepper;
  const done = completed !== undefined;

  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [moved, index, done]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (done || busy) return;
    if (isLast && check.ok) {
      void onFinish();
      return;
    }
    stepper.next();
    if (!check.ok) {
      // After the step re-rendered with its errors: the first invalid field, else the stepper's message.
      requestAnimationFrame(() => {
        const invalid = panelRef.current?.querySelector<HTMLElement>("[aria-invalid=true]");
        // A group (e.g. a radiogroup) isn't focusable itself: its first control is.
        const field = invalid?.matches(FOCUSABLE) ? invalid : invalid?.querySelector<HTMLElement>(FOCUSABLE);
        (field ?? document.getElementById(messageId))?.focus();
      });
    }
  }

  const showMessage = refusal !== undefined && !refusal.shownByStep;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className="card space-y-5">
      <h2 id={titleId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <ol
        aria-label={label}
        className="grid gap-2 text-xs sm:text-sm"
        style={{ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` }}
      >
        {steps.map((step, position) => {
          const state = stepStatus(position, index, done);
          return (
            <li
              key={step.id}
              aria-current={state === "current" ? "step" : undefined}
              data-state={state}
              className="flex flex-col gap-1 border-t-4 pt-2 font-medium data-[state=current]:border-teal-700 data-[state=done]:border-teal-300 data-[state=todo]:border-slate-200 data-[state=current]:text-teal-900 data-[state=done]:text-slate-700 data-[state=todo]:text-slate-600"
            >
              <span className="tabular-nums">Step {position + 1}</span>
              <span>
                {step.label}
                {state === "done" && <span className="sr-only"> (done)</span>}
              </span>
            </li>
          );
        })}
      </ol>
      <h3
        ref={headingRef}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900"
        data-testid="wizard-step"
      >
        {completed ? completed.heading : `Step ${index + 1} of ${count}: ${stepper.step?.label ?? ""}`}
      </h3>
      {completed ? (
        completed.content
      ) : (
        <>
          <div ref={panelRef}>{stepper.step?.render()}</div>
          {showMessage && (
            <p
              id={messageId}
              tabIndex={-1}
              className="field-error"
              role="alert"
              data-testid="stepper-refusal"
            >
              {refusal.message}
            </p>
          )}
          <div className="flex flex-wrap justify-between gap-2">
            <button type="button" className="btn-secondary" disabled={isFirst || busy} onClick={stepper.back}>
              Back
            </button>
            {isLast ? (
              finishButton
            ) : (
              <button
                type="submit"
                className="btn-primary"
                aria-disabled={!check.ok}
                aria-describedby={showMessage ? messageId : undefined}
              >
                Next
              </button>
            )}
          </div>
        </>
      )}
    </form>
  );
}
