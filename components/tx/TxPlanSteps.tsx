import { useId } from "react";
import { Skeleton } from "@/components/ui/Skeleton";
import type { TxPlan } from "@/lib/tx/plan";

/**
 * "What you will sign" (a sub-heading of its form or step): the plan's steps in the order the wallet will ask
 * for them (see lib/tx/plan.ts).
 */
export function TxPlanSteps({
  plan,
  testId,
  pendingLabel,
}: {
  plan: TxPlan | undefined;
  testId?: string;
  /** Read out while the allowance and permit support are being checked. */
  pendingLabel: string;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-slate-50 p-3 text-sm">
      <h4 id={headingId} className="font-medium text-slate-900">
        What you will sign
      </h4>
      {plan ? (
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700" data-testid={testId}>
          {plan.steps.map((step) => (
            <li key={step.kind}>{step.label}</li>
          ))}
        </ol>
      ) : (
        <Skeleton className="mt-2 h-10 w-full" label={pendingLabel} />
      )}
    </section>
  );
}

/** The line under a review step: how many wallet prompts the plan makes, and that nothing is sent before. */
export function WalletAskNote({ plan }: { plan: TxPlan | undefined }) {
  return (
    <p className="text-sm text-slate-700">
      Your wallet will ask for{" "}
      {plan?.mode === "permit" ? "one signature, then one transaction" : "the transactions listed above"}.
      Nothing is sent until you confirm there.
    </p>
  );
}

/** The review under every write form and stepper's sign step: "What you will sign" and the wallet prompts it makes. */
export function TxPlanReview(props: { plan: TxPlan | undefined; testId?: string; pendingLabel: string }) {
  return (
    <>
      <TxPlanSteps {...props} />
      <WalletAskNote plan={props.plan} />
    </>
  );
}
