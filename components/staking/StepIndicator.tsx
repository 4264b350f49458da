/** The wizard's progress: every step by name, the current one marked with aria-current="step". */
export function StepIndicator({ steps, current }: { steps: readonly string[]; current: number }) {
  return (
    <ol aria-label="Staking steps" className="grid grid-cols-4 gap-2 text-xs sm:text-sm">
      {steps.map((name, index) => {
        const state = index < current ? "done" : index === current ? "current" : "todo";
        return (
          <li
            key={name}
            aria-current={state === "current" ? "step" : undefined}
            data-state={state}
            className="flex flex-col gap-1 border-t-4 pt-2 font-medium data-[state=current]:border-teal-700 data-[state=done]:border-teal-300 data-[state=todo]:border-slate-200 data-[state=current]:text-teal-900 data-[state=done]:text-slate-700 data-[state=todo]:text-slate-600"
          >
            <span className="tabular-nums">Step {index + 1}</span>
            <span>
              {name}
              {state === "done" && <span className="sr-only"> (done)</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
