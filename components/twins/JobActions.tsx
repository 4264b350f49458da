"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { keccak256, toHex } from "viem";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import type { TwinJob } from "@/lib/indexer/twins";
import { formatDuration } from "@/lib/twins/syncStatus";
import { checkHash } from "@/lib/twins/validate";

/** What the viewer may do with one job: complete or decline it (owner, before the deadline), reclaim it (buyer, after). */
export function JobActions({
  job,
  isOwner,
  account,
  now,
}: {
  job: TwinJob;
  isOwner: boolean;
  account: `0x${string}` | undefined;
  now: bigint | undefined;
}) {
  const { write, isPending } = useDtaWrite("TwinRegistry");
  const [completing, setCompleting] = useState(false);
  const [hash, setHash] = useState("");
  const [touched, setTouched] = useState(false);
  if (job.status !== "open" || now === undefined) {
    return job.resultHash ? (
      <span className="break-all font-mono text-xs" title={job.resultHash}>
        result {job.resultHash.slice(0, 10)}…
      </span>
    ) : null;
  }
  const expired = now > job.deadline;
  const isBuyer = account !== undefined && account.toLowerCase() === job.buyer.toLowerCase();
  const checked = checkHash(hash);
  const error = touched && !checked.ok ? checked.message : undefined;
  const inputId = `result-${job.jobId}`;

  async function complete(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok) return;
    const outcome = await write({
      functionName: "completeJob",
      args: [job.jobId, checked.value],
      description: `Complete simulation job #${job.jobId}`,
      affects: ["DTAToken"],
    });
    if (outcome.status === "confirmed") setCompleting(false);
  }

  const actions: ReactNode[] = [];
  if (isOwner && !expired) {
    actions.push(
      completing ? (
        <form key="complete" onSubmit={complete} noValidate className="flex flex-wrap items-start gap-1">
          <label htmlFor={inputId} className="sr-only">
            Result hash for job #{job.jobId.toString()}
          </label>
          <div className="min-w-0 flex-1">
            <input
              id={inputId}
              className="input py-1 font-mono text-xs"
              placeholder="0x… result hash"
              value={hash}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(e) => setHash(e.target.value)}
            />
            {error && (
              <p id={`${inputId}-error`} className="field-error" role="alert">
                {error}
              </p>
            )}
          </div>
          <button
            type="button"
            className="btn-secondary py-1"
            onClick={() => setHash(keccak256(toHex(`result of job ${job.jobId} ${Date.now()}`)))}
          >
            Sample
          </button>
          <WriteButton type="submit" className="btn-primary py-1" disabled={isPending}>
            Submit result
          </WriteButton>
        </form>
      ) : (
        <button key="complete" type="button" className="btn-primary py-1" onClick={() => setCompleting(true)}>
          Complete
        </button>
      ),
      <WriteButton
        key="decline"
        className="btn-secondary py-1"
        disabled={isPending}
        onClick={() =>
          void write({
            functionName: "declineJob",
            args: [job.jobId],
            description: `Decline job #${job.jobId} and refund the buyer`,
            affects: ["DTAToken"],
          })
        }
      >
        Decline
      </WriteButton>,
    );
  }
  if (isBuyer && expired) {
    actions.push(
      <WriteButton
        key="reclaim"
        className="btn-primary py-1"
        disabled={isPending}
        onClick={() =>
          void write({
            functionName: "reclaimJob",
            args: [job.jobId],
            description: `Reclaim the payment of expired job #${job.jobId}`,
            affects: ["DTAToken"],
          })
        }
      >
        Reclaim payment
      </WriteButton>,
    );
  }
  const when = expired
    ? "Deadline passed: only the buyer's reclaim remains."
    : `${formatDuration(job.deadline - now)} left to complete.`;
  return (
    <div className="space-y-1">
      <p className="text-xs text-slate-600">{when}</p>
      {actions.length > 0 && <div className="flex flex-wrap gap-1">{actions}</div>}
    </div>
  );
}
