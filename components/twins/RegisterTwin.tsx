"use client";

import { ConnectFirst } from "@/components/wallet/ConnectFirst";
import { IntentLink } from "@/components/ui/IntentLink";
import { useState } from "react";
import { TxPlanReview } from "@/components/tx/TxPlanSteps";
import { Stepper, type StepDefinition } from "@/components/ui/Stepper";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useRegisterTwin } from "@/hooks/twins/useTwinFlows";
import { useTwinSettings } from "@/hooks/twins/useTwinIndex";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useScopeKey } from "@/hooks/useScopeKey";
import { useStepper } from "@/hooks/useStepper";
import { STEP_OK, type StepCheck } from "@/lib/stepper";
import { twinTypeOptions } from "@/lib/twins/labels";
import { checkBondBalance, checkCategory, checkMetadataUri } from "@/lib/twins/validate";
import { BalanceStep, BondReview, DetailsStep, type TwinFields } from "./RegisterSteps";

const SIGN_LABEL = {
  permit: "Sign permit and register",
  allowance: "Register",
  approve: "Approve and register",
} as const;
const PHASE_LABEL = {
  signing: "Waiting for your signature…",
  approving: "Approving…",
  calling: "Registering…",
} as const;
const EMPTY: TwinFields = { typeId: 0, category: "", metadataUri: "" };

/** Register a twin on the shared Stepper: balance → details → bond review → sign (permit + register in one tx). */
export default function RegisterTwin() {
  const { account } = useScopeKey();
  const { balance } = useDtaBalance();
  const [fields, setFields] = useState<TwinFields>(EMPTY);
  const [touched, setTouched] = useState(false);
  const [twinId, setTwinId] = useState<bigint | undefined>();
  const types = useTwinSettings().data?.types;
  const typeName =
    twinTypeOptions(types).find((t) => t.id === fields.typeId)?.name ?? `Type ${fields.typeId}`;

  const bond = checkBondBalance(balance);
  const category = checkCategory(fields.category);
  const uri = checkMetadataUri(fields.metadataUri);
  const input =
    bond.ok && category.ok && uri.ok
      ? { typeId: fields.typeId, category: category.value, metadataUri: uri.value }
      : undefined;
  const { register, plan, phase } = useRegisterTwin(input);

  const detailsCheck = (): StepCheck => {
    if (!category.ok) return { ok: false, message: category.message, shownByStep: true };
    if (!uri.ok) return { ok: false, message: uri.message, shownByStep: true };
    return STEP_OK;
  };
  const balanceCheck = (): StepCheck =>
    bond.ok ? STEP_OK : { ok: false, message: bond.message, shownByStep: balance !== undefined };
  const signCheck = (): StepCheck => {
    if (phase !== "idle") return { ok: false, message: PHASE_LABEL[phase] };
    const first = [balanceCheck(), detailsCheck()].find((c) => !c.ok);
    if (first) return { ...first, shownByStep: false };
    return plan ? STEP_OK : { ok: false, message: "Still checking how to authorise the bond…" };
  };

  const steps: readonly StepDefinition[] = [
    {
      id: "balance",
      label: "Balance",
      validate: balanceCheck,
      render: () => <BalanceStep balance={balance} check={bond} account={account} />,
    },
    {
      id: "details",
      label: "Twin",
      validate: detailsCheck,
      onRefused: () => setTouched(true),
      render: () => (
        <DetailsStep
          fields={fields}
          onChange={setFields}
          types={types}
          errors={{
            category: (touched || fields.category !== "") && !category.ok ? category.message : undefined,
            metadataUri: (touched || fields.metadataUri !== "") && !uri.ok ? uri.message : undefined,
          }}
        />
      ),
    },
    {
      id: "bond",
      label: "Bond review",
      validate: detailsCheck,
      render: () => <BondReview fields={fields} typeName={typeName} />,
    },
    {
      id: "sign",
      label: "Sign",
      validate: signCheck,
      render: () => (
        <div className="space-y-4">
          <TxPlanReview
            plan={plan}
            testId="register-signing"
            pendingLabel="Checking how to authorise the bond"
          />
          <WriteGateNotice />
        </div>
      ),
    },
  ];
  const stepper = useStepper(steps);

  if (!account) {
    return <ConnectFirst what="to register a twin" />;
  }

  async function sign() {
    const id = await register();
    if (id !== undefined) setTwinId(id);
  }

  return (
    <Stepper
      stepper={stepper}
      steps={steps}
      title="Your new twin"
      label="Registration steps"
      busy={phase !== "idle"}
      onFinish={sign}
      completed={
        twinId !== undefined
          ? {
              heading: `Twin #${twinId} is registered`,
              content: (
                <p className="text-sm" data-testid="registered-twin" data-twin-id={twinId.toString()}>
                  Its bond is locked and its quality starts at 100. Record a data sync to start earning:{" "}
                  <IntentLink href={`/twins/${twinId}`} className="font-medium underline">
                    open twin #{twinId.toString()}
                  </IntentLink>
                  .
                </p>
              ),
            }
          : undefined
      }
      finishButton={
        <WriteButton type="submit" className="btn-primary" disabled={!stepper.check.ok}>
          {phase !== "idle" ? PHASE_LABEL[phase] : plan ? SIGN_LABEL[plan.mode] : "Register"}
        </WriteButton>
      }
    />
  );
}
