import { shortAddress } from "@/lib/format";
import type { SafeApprovals } from "@/lib/server/proposal";

/**
 * An upgrade-class proposal runs only after the Technical Committee Safe calls `approveUpgrade`: how many of
 * the Safe's owners have approved that Safe transaction so far, against its threshold.
 */
export function SafeApprovalsCard({ approvals, approved }: { approvals: SafeApprovals; approved: boolean }) {
  const count = approvals.approvedBy.length;
  return (
    <section aria-labelledby="safe-heading" className="card space-y-2 text-sm">
      <h2 id="safe-heading" className="text-lg font-semibold text-slate-900">
        Technical Committee approval
      </h2>
      <p data-testid="safe-approvals" data-count={count} data-threshold={approvals.threshold.toString()}>
        {approved
          ? "Approved: the Safe called approveUpgrade, so the proposal can run once queued and past its delay."
          : `${count} of ${approvals.threshold.toString()} owner approvals for the Safe transaction approveUpgrade (Safe ${shortAddress(approvals.safe)}); one approval is not enough.`}
      </p>
      <ul className="list-disc pl-5 text-slate-700">
        {approvals.owners.map((owner) => (
          <li key={owner}>
            <span className="font-mono">{shortAddress(owner)}</span>{" "}
            {approvals.approvedBy.includes(owner) ? "approved" : "not yet"}
          </li>
        ))}
      </ul>
    </section>
  );
}
