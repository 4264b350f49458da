"use client";

import type { ReactNode } from "react";
import { CheckedField } from "@/components/ui/CheckedField";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { formatDta } from "@/lib/format";
import { formatUnlockDate } from "@/lib/staking/wizard";
import { DEREGISTER_COOLDOWN_SECONDS } from "@/lib/twins/economics";
import { formatDuration } from "@/lib/twins/syncStatus";
import { checkDeviceKey, checkRate } from "@/lib/twins/validate";
import type { ChainTwin } from "./types";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card min-w-0 space-y-2 text-sm">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

/** The owner's controls: simulation rate, device key, deregistering and withdrawing the bond. */
export function TwinOwnerTools({
  id,
  twin,
  owner,
  rate,
  bounds,
  now,
}: {
  id: bigint;
  twin: ChainTwin;
  owner: `0x${string}`;
  rate: bigint | undefined;
  bounds: { min: bigint; max: bigint } | undefined;
  now: bigint | undefined;
}) {
  const { write, isPending } = useDtaWrite("TwinRegistry");
  const confirmed = async (promise: ReturnType<typeof write>) => (await promise).status === "confirmed";
  const cooldownEnds = BigInt(twin.cooldownEnds);
  const bondBack = twin.bond + twin.unclaimed;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Section title="Simulation rate">
        <p className="text-slate-600">
          Now {rate !== undefined ? `${formatDta(rate)} DTA` : "…"} per hour. Governance bounds:{" "}
          {bounds ? `${formatDta(bounds.min)} to ${formatDta(bounds.max)} DTA per hour.` : "…"}
        </p>
        <CheckedField
          id="twin-rate"
          label="New rate (DTA per hour)"
          placeholder="e.g. 0.25"
          check={(text) => checkRate(text, bounds)}
          button="Set rate"
          disabled={isPending}
          onSubmit={(value) =>
            confirmed(
              write({
                functionName: "setSimulationRate",
                args: [id, value],
                description: `Set twin #${id}'s rate to ${formatDta(value)} DTA per hour`,
                affects: [],
              }),
            )
          }
        />
      </Section>
      <Section title="Device key">
        <p className="break-all text-slate-600" data-testid="device-key">
          {twin.deviceKey === "0x0000000000000000000000000000000000000000"
            ? "None: only you record syncs."
            : `${twin.deviceKey} may record syncs (nothing else).`}
        </p>
        <CheckedField
          id="twin-device"
          label="Authorise a device key"
          placeholder="0x… device address"
          check={(text) => checkDeviceKey(text, owner)}
          button="Authorise"
          disabled={isPending}
          onSubmit={(value) =>
            confirmed(
              write({
                functionName: "setDeviceKey",
                args: [id, value],
                description: `Authorise ${value} to record syncs for twin #${id}`,
                affects: [],
              }),
            )
          }
        />
        {twin.deviceKey !== "0x0000000000000000000000000000000000000000" && (
          <WriteButton
            className="btn-secondary"
            disabled={isPending}
            onClick={() =>
              void write({
                functionName: "revokeDeviceKey",
                args: [id],
                description: `Revoke twin #${id}'s device key`,
                affects: [],
              })
            }
          >
            Revoke device key
          </WriteButton>
        )}
      </Section>
      <Section title="Deregister and get the bond back">
        {cooldownEnds === 0n ? (
          <>
            <p className="text-slate-700">
              Deregistering starts a cooldown of {formatDuration(DEREGISTER_COOLDOWN_SECONDS)}: from that
              moment the twin earns nothing and takes no new jobs (open jobs can still be completed, declined
              or reclaimed). After it, withdraw the bond ({formatDta(twin.bond)} DTA
              {twin.bond < 10_000n * 10_000n ? " after slashes" : ""}) and any unclaimed rewards; the twin NFT
              is burned. This can&apos;t be undone.
            </p>
            <WriteButton
              className="btn-secondary"
              disabled={isPending}
              onClick={() =>
                void write({
                  functionName: "deregister",
                  args: [id],
                  description: `Deregister twin #${id} (7-day cooldown)`,
                  affects: [],
                })
              }
            >
              Deregister twin #{id.toString()}
            </WriteButton>
          </>
        ) : now !== undefined && now < cooldownEnds ? (
          <p className="text-slate-700" data-testid="cooldown">
            Deregistering: the bond of {formatDta(twin.bond)} DTA can be withdrawn from{" "}
            {formatUnlockDate(cooldownEnds)} (in {formatDuration(cooldownEnds - now)}).
          </p>
        ) : (
          <>
            <p className="text-slate-700" data-testid="cooldown">
              The cooldown is over: withdraw {formatDta(bondBack)} DTA (bond {formatDta(twin.bond)} + rewards{" "}
              {formatDta(twin.unclaimed)}). The twin NFT is burned.
            </p>
            <WriteButton
              className="btn-primary"
              disabled={isPending}
              onClick={() =>
                void write({
                  functionName: "withdrawBond",
                  args: [id],
                  description: `Withdraw twin #${id}'s bond`,
                  affects: ["DTAToken"],
                })
              }
            >
              Withdraw {formatDta(bondBack)} DTA
            </WriteButton>
          </>
        )}
      </Section>
    </div>
  );
}
