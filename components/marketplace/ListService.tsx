"use client";

import { ConnectFirst } from "@/components/wallet/ConnectFirst";
import { IntentLink } from "@/components/ui/IntentLink";
import { useState } from "react";
import { TxPlanReview } from "@/components/tx/TxPlanSteps";
import { Stepper, type StepDefinition } from "@/components/ui/Stepper";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useListService } from "@/hooks/marketplace/useMarketplaceFlows";
import { useDtaBalance } from "@/hooks/useDtaBalances";
import { useDtaRead } from "@/hooks/useDtaRead";
import { useScopeKey } from "@/hooks/useScopeKey";
import { useStepper } from "@/hooks/useStepper";
import {
  checkListingBalance,
  checkMetadataUri,
  checkPrice,
  checkServiceName,
} from "@/lib/marketplace/validate";
import { STEP_OK, type StepCheck } from "@/lib/stepper";
import { FeeReview, PricingStep, ServiceDetailsStep, type ServiceFields } from "./ListSteps";

const SIGN_LABEL = {
  permit: "Sign permit and list",
  allowance: "List service",
  approve: "Approve and list",
} as const;
const PHASE_LABEL = {
  signing: "Waiting for your signature…",
  approving: "Approving…",
  calling: "Listing…",
} as const;
const EMPTY: ServiceFields = { name: "", categoryId: 0, metadataUri: "", price: "" };

/** The provider's Stepper: details → pricing → fee review → sign (permit + listService in one transaction). */
export default function ListService() {
  const { account } = useScopeKey();
  const { balance } = useDtaBalance();
  const fee = useDtaRead({ contractName: "AIMarketplace", functionName: "listingFee" });
  const burnBps = useDtaRead({ contractName: "ServiceFees", functionName: "serviceBurnBps" });
  const [fields, setFields] = useState<ServiceFields>(EMPTY);
  const [touched, setTouched] = useState({ details: false, price: false });
  const [serviceId, setServiceId] = useState<bigint | undefined>();

  const listingFee = fee.data;
  const name = checkServiceName(fields.name);
  const uri = checkMetadataUri(fields.metadataUri);
  const price = checkPrice(fields.price);
  const funds = checkListingBalance(balance, listingFee);
  const input =
    name.ok && uri.ok && price.ok && funds.ok
      ? {
          name: name.value,
          categoryId: fields.categoryId,
          metadataUri: uri.value,
          pricePerQuery: price.value,
        }
      : undefined;
  const { list, plan, phase } = useListService(input, listingFee);

  const detailsCheck = (): StepCheck => {
    if (!name.ok) return { ok: false, message: name.message, shownByStep: true };
    if (!uri.ok) return { ok: false, message: uri.message, shownByStep: true };
    return STEP_OK;
  };
  const priceCheck = (): StepCheck =>
    price.ok ? STEP_OK : { ok: false, message: price.message, shownByStep: true };
  const feeCheck = (): StepCheck =>
    funds.ok ? STEP_OK : { ok: false, message: funds.message, shownByStep: balance !== undefined };
  const signCheck = (): StepCheck => {
    if (phase !== "idle") return { ok: false, message: PHASE_LABEL[phase] };
    const first = [detailsCheck(), priceCheck(), feeCheck()].find((c) => !c.ok);
    if (first) return { ...first, shownByStep: false };
    return plan ? STEP_OK : { ok: false, message: "Still checking how to authorise the listing fee…" };
  };

  const steps: readonly StepDefinition[] = [
    {
      id: "details",
      label: "Details",
      validate: detailsCheck,
      onRefused: () => setTouched((t) => ({ ...t, details: true })),
      render: () => (
        <ServiceDetailsStep
          fields={fields}
          onChange={setFields}
          errors={{
            name: (touched.details || fields.name !== "") && !name.ok ? name.message : undefined,
            metadataUri: (touched.details || fields.metadataUri !== "") && !uri.ok ? uri.message : undefined,
          }}
        />
      ),
    },
    {
      id: "pricing",
      label: "Pricing",
      validate: priceCheck,
      onRefused: () => setTouched((t) => ({ ...t, price: true })),
      render: () => (
        <PricingStep
          fields={fields}
          onChange={setFields}
          price={price}
          error={(touched.price || fields.price !== "") && !price.ok ? price.message : undefined}
          burnBps={burnBps.data}
        />
      ),
    },
    {
      id: "fees",
      label: "Fee review",
      validate: feeCheck,
      render: () => (
        <FeeReview
          fields={fields}
          price={price.ok ? price.value : undefined}
          listingFee={listingFee}
          balance={balance}
          funds={funds}
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
            testId="list-signing"
            pendingLabel="Checking how to authorise the listing fee"
          />
          <WriteGateNotice />
        </div>
      ),
    },
  ];
  const stepper = useStepper(steps);

  if (!account) {
    return <ConnectFirst what="to list a service" />;
  }

  async function sign() {
    const id = await list();
    if (id !== undefined) setServiceId(id);
  }

  return (
    <Stepper
      stepper={stepper}
      steps={steps}
      title="Your new service"
      label="Listing steps"
      busy={phase !== "idle"}
      onFinish={sign}
      completed={
        serviceId !== undefined
          ? {
              heading: `Service #${serviceId} is listed`,
              content: (
                <p className="text-sm" data-testid="listed-service" data-service-id={serviceId.toString()}>
                  It takes payments now and appears in the marketplace within seconds:{" "}
                  <IntentLink href={`/marketplace/${serviceId}`} className="font-medium underline">
                    open service #{serviceId.toString()}
                  </IntentLink>
                  .
                </p>
              ),
            }
          : undefined
      }
      finishButton={
        <WriteButton type="submit" className="btn-primary" disabled={!stepper.check.ok}>
          {phase !== "idle" ? PHASE_LABEL[phase] : plan ? SIGN_LABEL[plan.mode] : "List service"}
        </WriteButton>
      }
    />
  );
}
