import { shortAddress } from "@/lib/format";
import { ProposalState, stateLabel } from "@/lib/governance/lifecycle";
import { formatUnlockDate } from "@/lib/staking/wizard";
import { COMMITTEE_NAMES } from "@/lib/governanceErrors";
import type { ProposalView, SafeApprovals } from "@/lib/server/proposal";
import { SafeActionIsland } from "./islands";

/** Whether the governor accepts the Safe's call now, and why not when it doesn't. */
function availability(view: ProposalView, approvals: SafeApprovals): { open: boolean; why: string } {
  if (approvals.action === "veto") {
    return {
      open: view.state === ProposalState.Pending,
      why: `The review window closed at ${formatUnlockDate(view.snapshot)}: voting has opened, so the committee can no longer veto this proposal.`,
    };
  }
  if (view.upgradeApproved)
    return { open: false, why: "The Technical Committee already approved this proposal." };
  const open = view.state === ProposalState.Succeeded || view.state === ProposalState.Queued;
  return {
    open,
    why: `The Technical Committee approves an upgrade-class proposal once it has succeeded or is queued; it is ${stateLabel(view.state, view.vetoed)} now.`,
  };
}

/**
 * The committee Safe transaction a proposal waits on — its committee's veto while it is in review, or the
 * Technical Committee's `approveUpgrade` for an upgrade-class proposal — with how many of the Safe's owners
 * approved it so far against the threshold, and (in the island) what a connected owner can do.
 */
export function SafeApprovalsCard({ view, approvals }: { view: ProposalView; approvals: SafeApprovals }) {
  const count = approvals.approvedBy.length;
  const veto = approvals.action === "veto";
  const safeName = veto ? (COMMITTEE_NAMES[view.committee] ?? "committee") : "Technical Committee";
  const done = !veto && view.upgradeApproved;
  const { open, why } = availability(view, approvals);
  return (
    <section aria-labelledby="safe-heading" className="card space-y-2 text-sm">
      <h2 id="safe-heading" className="text-lg font-semibold text-slate-900">
        {veto ? `${safeName} veto` : "Technical Committee approval"}
      </h2>
      <p className="text-slate-700">
        {veto
          ? `While the proposal is in review, the ${safeName}'s Safe may veto it: the proposal ends as Vetoed and its deposit is burned.`
          : "This proposal changes which contracts the system trusts: it runs only after the Technical Committee's Safe calls approveUpgrade."}
      </p>
      <p
        data-testid="safe-approvals"
        data-action={approvals.action}
        data-count={count}
        data-threshold={approvals.threshold.toString()}
        className="font-medium text-slate-900"
      >
        {done
          ? "Approved: the Safe called approveUpgrade, so the proposal can run once queued and past its delay."
          : `${count} of ${approvals.threshold.toString()} owner approvals for the Safe transaction (Safe ${shortAddress(approvals.safe)}); one approval is not enough.`}
      </p>
      <ul className="list-disc pl-5 text-slate-700" aria-label={`${safeName} Safe owners`}>
        {approvals.owners.map((owner) => (
          <li key={owner}>
            <span className="font-mono">{shortAddress(owner)}</span>{" "}
            {approvals.approvedBy.includes(owner) ? "approved" : "not yet"}
          </li>
        ))}
      </ul>
      {!done && (
        <SafeActionIsland
          approvals={approvals}
          safeName={safeName}
          open={open}
          closesAt={veto ? view.snapshot : undefined}
          chainTime={view.chainTime}
          closedReason={why}
        />
      )}
    </section>
  );
}
