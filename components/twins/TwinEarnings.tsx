"use client";

import { useState, type FormEvent } from "react";
import { keccak256, toHex } from "viem";
import { StatCard } from "@/components/ui/StatCard";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { formatDta } from "@/lib/format";
import { pendingRewardsAt } from "@/lib/twins/economics";
import { syncStatus } from "@/lib/twins/syncStatus";
import { checkHash } from "@/lib/twins/validate";
import { twinState, type ChainTwin } from "./types";

/** Ticking rewards and claim; the sync status in words and, for the owner or device key, recording a sync. */
export function TwinEarnings({
  id,
  twin,
  now,
  isOwner,
  canSync,
}: {
  id: bigint;
  twin: ChainTwin;
  now: bigint | undefined;
  isOwner: boolean;
  canSync: boolean;
}) {
  const { write, isPending } = useDtaWrite("TwinRegistry");
  const [hash, setHash] = useState("");
  const [touched, setTouched] = useState(false);
  const state = twinState(twin);
  const pending = now === undefined ? undefined : pendingRewardsAt(state, now);
  const status = now === undefined ? undefined : syncStatus(state, now);
  const checked = checkHash(hash, "The data hash");
  const error = touched && !checked.ok ? checked.message : undefined;

  async function sync(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok) return;
    const outcome = await write({
      functionName: "recordSync",
      args: [id, checked.value],
      description: `Record a data sync for twin #${id}`,
      affects: [],
    });
    if (outcome.status === "confirmed") {
      setHash("");
      setTouched(false);
    }
  }

  return (
    <div className="space-y-3">
      <div className="grid gap-4 sm:grid-cols-2">
        <StatCard
          label="Rewards earned, not claimed"
          unit="DTA"
          testId="twin-pending"
          rawValue={pending}
          value={pending === undefined ? "…" : formatDta(pending)}
          hint={
            isOwner && (
              <WriteButton
                className="btn-primary mt-2"
                disabled={isPending || pending === undefined || pending === 0n}
                title={pending === 0n ? "Nothing to claim yet" : undefined}
                onClick={() =>
                  void write({
                    functionName: "claimRewards",
                    args: [id],
                    description: `Claim twin #${id}'s rewards`,
                    affects: ["DTAToken"],
                  })
                }
              >
                Claim rewards
              </WriteButton>
            )
          }
        />
        <div className="card space-y-2 text-sm">
          <h3 className="font-medium text-slate-600">Data sync</h3>
          <p data-testid="sync-status" data-kind={status?.kind}>
            {status?.text ?? "Reading the chain's time…"}
          </p>
          <p className="text-slate-600">
            An active twin earns 50 DTA per 30 days (×1.2 at quality 90 or more), only in the 7 days after its
            last sync.
          </p>
        </div>
      </div>
      {canSync && (
        <form onSubmit={sync} noValidate className="card space-y-2" aria-label="Record a data sync">
          <label htmlFor="sync-hash" className="field-label">
            Data hash (what this sync delivered)
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="sync-hash"
              className="input min-w-0 flex-1 font-mono"
              placeholder="0x… (64 hex digits)"
              value={hash}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "sync-hash-error" : undefined}
              onChange={(e) => setHash(e.target.value)}
            />
            <button
              type="button"
              className="btn-secondary"
              onClick={() => setHash(keccak256(toHex(`twin ${id} sync ${Date.now()}`)))}
            >
              Fill a sample hash
            </button>
            <WriteButton type="submit" className="btn-primary" disabled={isPending}>
              Record sync
            </WriteButton>
          </div>
          {error && (
            <p id="sync-hash-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
