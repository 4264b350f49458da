"use client";

import { ConnectFirst } from "@/components/wallet/ConnectFirst";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { TxPlanReview } from "@/components/tx/TxPlanSteps";
import { Stepper, type StepDefinition } from "@/components/ui/Stepper";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { usePropose } from "@/hooks/governance/usePropose";
import { useProposeFacts } from "@/hooks/governance/useProposeFacts";
import { useScopeKey } from "@/hooks/useScopeKey";
import { useStepper } from "@/hooks/useStepper";
import { EMPTY_ACTION } from "@/lib/governance/actions";
import {
  checkBody,
  checkDeposit,
  checkOptionCount,
  checkOptionLabels,
  checkThreshold,
  checkTitle,
  encodeOptions,
  proposalDescription,
  type ProposalDraft,
} from "@/lib/governance/proposal";
import { STEP_OK, type StepCheck } from "@/lib/stepper";
import { OptionActions } from "./ActionEditor";
import { CommitteeStep, DepositStep, KindStep } from "./ProposeSteps";

const SIGN_LABEL = {
  permit: "Sign permit and propose",
  allowance: "Propose",
  approve: "Approve and propose",
} as const;
const PHASE_LABEL = {
  signing: "Waiting for your signature…",
  approving: "Approving the deposit…",
  calling: "Proposing…",
} as const;

const EMPTY: ProposalDraft = {
  committee: 1,
  kind: "forAgainst",
  options: [{ label: "", actions: [EMPTY_ACTION] }],
  title: "",
  body: "",
};

const fail = (message: string, shownByStep = false): StepCheck => ({ ok: false, message, shownByStep });

/** The proposer's Stepper: committee and text → kind and options → actions → threshold and deposit → sign. */
export default function ProposeForm() {
  const router = useRouter();
  const { account, chainId } = useScopeKey();
  const facts = useProposeFacts();
  const [draft, setDraft] = useState<ProposalDraft>(EMPTY);
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<bigint | undefined>();

  const title = checkTitle(draft.title);
  const body = checkBody(draft.body);
  const count = checkOptionCount(draft.kind, draft.options.length);
  const labels = checkOptionLabels(draft.kind, draft.options);
  const encoded = encodeOptions(chainId, draft, facts.current.treasury);
  const threshold = checkThreshold(facts.votes, facts.threshold);
  const deposit = checkDeposit(facts.balance, facts.deposit);

  const treasury = facts.current.treasury;
  const input = useMemo(() => {
    const t = checkTitle(draft.title);
    const b = checkBody(draft.body);
    const l = checkOptionLabels(draft.kind, draft.options);
    const e = encodeOptions(chainId, draft, treasury);
    if (!t.ok || !b.ok || !checkOptionCount(draft.kind, draft.options.length).ok || !l.ok || !e.ok)
      return undefined;
    return {
      committee: draft.committee,
      options: e.value,
      title: t.value,
      description: proposalDescription(t.value, b.value, l.value),
    };
  }, [draft, treasury, chainId]);
  const { propose, plan, phase } = usePropose(threshold.ok && deposit.ok ? input : undefined, facts.deposit);

  const textCheck = (): StepCheck => {
    if (!title.ok) return fail(title.message, true);
    if (!body.ok) return fail(body.message, true);
    return STEP_OK;
  };
  const kindCheck = (): StepCheck => {
    if (!count.ok) return fail(count.message);
    if (!labels.ok) return fail(labels.message);
    return STEP_OK;
  };
  const actionsCheck = (): StepCheck => (encoded.ok ? STEP_OK : fail(encoded.message));
  const depositCheck = (): StepCheck => {
    if (!threshold.ok) return fail(threshold.message, facts.votes !== undefined);
    if (!deposit.ok) return fail(deposit.message, facts.balance !== undefined);
    return STEP_OK;
  };
  const signCheck = (): StepCheck => {
    if (phase !== "idle") return fail(PHASE_LABEL[phase]);
    const first = [textCheck(), kindCheck(), actionsCheck(), depositCheck()].find((c) => !c.ok);
    if (first) return { ...first, shownByStep: false };
    return plan ? STEP_OK : fail("Still checking how to authorise the deposit…");
  };

  const optionCount = draft.kind === "forAgainst" ? 1 : draft.options.length;
  const steps: readonly StepDefinition[] = [
    {
      id: "committee",
      label: "Committee",
      validate: textCheck,
      onRefused: () => setTouched(true),
      render: () => (
        <CommitteeStep
          draft={draft}
          onChange={setDraft}
          errors={{
            title: (touched || draft.title !== "") && !title.ok ? title.message : undefined,
            body: (touched || draft.body !== "") && !body.ok ? body.message : undefined,
          }}
        />
      ),
    },
    {
      id: "kind",
      label: "Kind and options",
      validate: kindCheck,
      render: () => <KindStep draft={draft} onChange={setDraft} />,
    },
    {
      id: "actions",
      label: "Actions",
      validate: actionsCheck,
      render: () => (
        <div className="space-y-3">
          {draft.options.slice(0, optionCount).map((option, i) => (
            <OptionActions
              key={i}
              chainId={chainId}
              heading={draft.kind === "forAgainst" ? "If For wins" : `Option ${i + 1}: ${option.label}`}
              actions={option.actions}
              current={facts.current}
              onChange={(actions) =>
                setDraft({
                  ...draft,
                  options: draft.options.map((o, j) => (j === i ? { ...o, actions } : o)),
                })
              }
            />
          ))}
        </div>
      ),
    },
    {
      id: "deposit",
      label: "Threshold and deposit",
      validate: depositCheck,
      render: () => (
        <DepositStep
          chainId={chainId}
          draft={draft}
          options={encoded.ok ? encoded.value : undefined}
          votes={facts.votes}
          threshold={facts.threshold}
          deposit={facts.deposit}
          balance={facts.balance}
          thresholdCheck={threshold}
          depositCheck={deposit}
        />
      ),
    },
    {
      id: "sign",
      label: "Sign",
      validate: signCheck,
      render: () => (
        <div className="space-y-4">
          <TxPlanReview
            plan={plan}
            testId="propose-signing"
            pendingLabel="Checking how to authorise the deposit"
          />
          <WriteGateNotice />
        </div>
      ),
    },
  ];
  const stepper = useStepper(steps);

  if (!account) {
    return <ConnectFirst what="to propose" />;
  }

  async function sign() {
    const id = await propose();
    if (id === undefined) return;
    setCreated(id);
    router.push(`/governance/${id.toString()}`);
  }

  return (
    <Stepper
      stepper={stepper}
      steps={steps}
      title="Your proposal"
      label="Proposal steps"
      busy={phase !== "idle"}
      onFinish={sign}
      completed={
        created !== undefined
          ? {
              heading: "Proposal created",
              content: (
                <p className="text-sm" data-testid="created-proposal" data-proposal-id={created.toString()}>
                  Opening the proposal&apos;s page…
                </p>
              ),
            }
          : undefined
      }
      finishButton={
        <WriteButton type="submit" className="btn-primary" disabled={!stepper.check.ok}>
          {phase !== "idle" ? PHASE_LABEL[phase] : plan ? SIGN_LABEL[plan.mode] : "Propose"}
        </WriteButton>
      }
    />
  );
}
