import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalVoters } from "@/components/governance/ProposalVoters";
import { parsePageParams } from "@/lib/indexer/params";
import { searchParamSource, type SearchParams } from "@/lib/server/searchParams";
import { DepositSettleIsland, ProposalControlsIsland, VoteIsland } from "@/components/governance/islands";
import {
  DepositSettleCard,
  ProposalCalls,
  ProposalHeader,
  ProposalResults,
  ProposalTimeline,
} from "@/components/governance/ProposalOverview";
import { SafeApprovalsCard } from "@/components/governance/SafeApprovals";
import { LiveRefresh } from "@/components/ui/LiveRefresh";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { appChain } from "@/lib/chains";
import { depositPanel } from "@/lib/governance/deposit";
import { optionLabelsFor } from "@/lib/governance/description";
import { optionCalls, ProposalState } from "@/lib/governance/lifecycle";
import { parseProposalDescription } from "@/lib/governance/proposal";
import { readProposal } from "@/lib/server/proposal";
import { readImpact } from "@/lib/server/proposalImpact";

interface Props {
  readonly params: Promise<{ id: string }>;
  readonly searchParams: Promise<SearchParams>;
}

const ID = /^[1-9]\d{0,77}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const short = id.length > 12 ? `${id.slice(0, 6)}…${id.slice(-4)}` : id;
  return {
    title: `Proposal ${short}`,
    description: `Governance proposal ${short}: lifecycle, per-option results with √ weights, quorum, voting, queue and execution.`,
  };
}

/** A proposal read from the chain in the HTML; voting, queueing and executing are islands. */
export default async function ProposalPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { page } = parsePageParams(searchParamSource(await searchParams));
  if (!ID.test(id)) notFound();
  const read = await readProposal(BigInt(id));
  if (read.state === "ok" && read.value === null) notFound();
  if (read.state !== "ok") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-slate-900">Proposal</h1>
        <ServerReadNotice state={read.state} what="The governor" />
      </div>
    );
  }
  const view = read.value;
  if (!view) notFound();
  const text = parseProposalDescription(view.description);
  const labels = optionLabelsFor(view.optionCount, { optionLabels: text.options });
  const winner = view.optionCount === 0 ? 0 : view.leading.option;
  const impact =
    view.executedBlock !== undefined
      ? await readImpact(
          optionCalls(view, view.optionCount, view.optionEnds, winner),
          view.executedBlock,
        ).catch(() => [])
      : [];
  const open = view.state === ProposalState.Active;
  const panel = depositPanel(view);
  const settlement = panel === "queue" ? undefined : panel;
  return (
    <div className="space-y-6">
      <LiveRefresh />
      <ProposalHeader view={view} title={text.title} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="text-heading" className="card space-y-2">
            <h2 id="text-heading" className="text-lg font-semibold text-slate-900">
              Proposal
            </h2>
            <p className="text-sm whitespace-pre-wrap text-slate-700">{text.body}</p>
          </section>
          <ProposalResults view={view} labels={labels} />
          <ProposalCalls chainId={appChain.chain.id} view={view} labels={labels} impact={impact} />
          <ProposalVoters proposalId={id} page={page} />
        </div>
        <div className="space-y-6">
          <section aria-labelledby="vote-heading" className="card space-y-3">
            <h2 id="vote-heading" className="text-lg font-semibold text-slate-900">
              Vote
            </h2>
            <VoteIsland
              id={id}
              snapshot={view.snapshot}
              labels={labels}
              forAgainst={view.optionCount === 0}
              open={open}
            />
          </section>
          {(view.state === ProposalState.Succeeded || view.state === ProposalState.Queued) && (
            <section aria-labelledby="run-heading" className="card space-y-3">
              <h2 id="run-heading" className="text-lg font-semibold text-slate-900">
                Queue and execute
              </h2>
              <ProposalControlsIsland
                id={id}
                state={view.state}
                eta={view.eta}
                targets={view.targets}
                values={view.values}
                calldatas={view.calldatas}
                descriptionHash={view.descriptionHash}
                needsApproval={view.upgradeMask !== 0 && !view.upgradeApproved}
                chainTime={view.chainTime}
              />
            </section>
          )}
          {settlement && (
            <DepositSettleCard view={view} settlement={settlement}>
              <DepositSettleIsland id={id} action={settlement.action} />
            </DepositSettleCard>
          )}
          {view.approvals && <SafeApprovalsCard view={view} approvals={view.approvals} />}
          <ProposalTimeline view={view} />
        </div>
      </div>
    </div>
  );
}
