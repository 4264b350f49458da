"use client";

import type { ReactNode } from "react";
import { CheckedField } from "@/components/ui/CheckedField";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { formatDta } from "@/lib/format";
import {
  checkMetadataUri,
  checkPrice,
  checkRequestId,
  checkResponse,
  type Checked,
} from "@/lib/marketplace/validate";
import { ServiceRequests } from "./ServiceRequests";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card space-y-2 text-sm">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

/** "12: the answer text" or "12 0x…": a request number, then the response (its text or hash). */
function checkRequestAndResponse(text: string): Checked<readonly [bigint, `0x${string}`]> {
  const match = /^\s*#?(\S+?)[\s:]+([\s\S]*)$/.exec(text);
  if (!match) return { ok: false, message: "Type the request number, then the response: e.g. 12: Done." };
  const request = checkRequestId(match[1] ?? "");
  if (!request.ok) return request;
  const response = checkResponse(match[2] ?? "");
  if (!response.ok) return response;
  return { ok: true, value: [request.value, response.value] };
}

/** The provider's controls: price, metadata, pause and resume, responses, and the provider bonus. */
export function ProviderTools({
  id,
  price,
  paused,
  bonusOwed,
  earnsBonus,
}: {
  id: bigint;
  price: bigint;
  paused: boolean;
  bonusOwed: bigint | undefined;
  earnsBonus: boolean | undefined;
}) {
  const { write, isPending } = useDtaWrite("AIMarketplace");
  const confirmed = async (promise: ReturnType<typeof write>) => (await promise).status === "confirmed";

  return (
    <div className="space-y-4" data-testid="provider-tools">
      <h2 className="text-lg font-semibold text-slate-900">Your service</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Price per query">
          <p className="text-slate-600">
            Now {formatDta(price)} DTA. A payment quoted at the old price is refused if the new one is higher.
          </p>
          <CheckedField
            id="service-price"
            label="New price (DTA per query)"
            placeholder="e.g. 0.25"
            check={checkPrice}
            button="Set price"
            disabled={isPending}
            onSubmit={(value) =>
              confirmed(
                write({
                  functionName: "setPrice",
                  args: [id, value],
                  description: `Set service #${id}'s price to ${formatDta(value)} DTA per query`,
                  affects: [],
                }),
              )
            }
          />
        </Section>
        <Section title="Metadata">
          <CheckedField
            id="service-metadata"
            label="New metadata URI (ipfs://, https://, ar:// or data:)"
            placeholder="ipfs://…"
            check={checkMetadataUri}
            button="Update"
            disabled={isPending}
            onSubmit={(value) =>
              confirmed(
                write({
                  functionName: "setMetadataURI",
                  args: [id, value],
                  description: `Update service #${id}'s metadata`,
                  affects: [],
                }),
              )
            }
          />
        </Section>
        <Section title={paused ? "Paused" : "Taking payments"}>
          <p className="text-slate-600">
            {paused
              ? "Nobody can pay for this service until you resume it. While none of your services is active you don't get the staking +25% AI-service bonus."
              : "Pausing stops new payments at once; requests already paid stay yours to answer."}
          </p>
          <WriteButton
            type="button"
            className="btn-secondary"
            disabled={isPending}
            data-testid={paused ? "resume-service" : "pause-service"}
            onClick={() =>
              void write({
                functionName: paused ? "resumeService" : "pauseService",
                args: [id],
                description: `${paused ? "Resume" : "Pause"} service #${id}`,
                affects: [],
              })
            }
          >
            {paused ? "Resume service" : "Pause service"}
          </WriteButton>
        </Section>
        <Section title="Provider bonus">
          <p className="text-slate-600">
            A service with at least 5 ratings averaging 4.0 or more earns 5% of each payment from the 60M
            provider pool while it lasts. This service {earnsBonus ? "earns it now" : "doesn't earn it now"}.
          </p>
          <p>
            Yours to claim (all your services):{" "}
            <strong data-testid="bonus-owed" data-value={bonusOwed?.toString()}>
              {bonusOwed === undefined ? "…" : `${formatDta(bonusOwed)} DTA`}
            </strong>
          </p>
          <WriteButton
            type="button"
            className="btn-secondary"
            disabled={isPending || !bonusOwed}
            onClick={() =>
              void write({
                functionName: "claimProviderBonus",
                args: [],
                description: `Claim ${formatDta(bonusOwed ?? 0n)} DTA provider bonus`,
                affects: ["DTAToken"],
              })
            }
          >
            Claim bonus
          </WriteButton>
        </Section>
      </div>
      <Section title="Post a response">
        <CheckedField
          id="service-response"
          label="Request number, then the response text (hashed with keccak-256) or its 0x… hash"
          placeholder="12: The forecast is attached."
          check={checkRequestAndResponse}
          button="Post response"
          disabled={isPending}
          onSubmit={([requestId, hash]) =>
            confirmed(
              write({
                functionName: "postResponse",
                args: [requestId, hash],
                description: `Post the response to request #${requestId}`,
                affects: [],
              }),
            )
          }
        />
      </Section>
      <ServiceRequests
        id={id}
        caption="Requests"
        empty="Nobody paid for this service yet."
        testId="provider-requests"
      />
    </div>
  );
}
