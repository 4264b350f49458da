import type { Metadata } from "next";
import { ProposeIsland } from "@/components/governance/islands";

export const metadata: Metadata = {
  title: "New proposal",
  description:
    "Create a governance proposal: its committee, a For/Against/Abstain or multi-option vote, the actions each option runs, the threshold and deposit check, then sign.",
};

export default function NewProposalPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">New proposal</h1>
        <p className="mt-1 text-slate-600">
          Five steps: the committee and your text, the kind of vote and its options, the actions each option
          runs (checked and decoded back into words), your voting power and the 10,000 DTA deposit, then one
          signature and one transaction. Proposing needs 1,000,000 votes of staked DTA.
        </p>
      </div>
      <ProposeIsland />
    </div>
  );
}
