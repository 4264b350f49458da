"use client";

import { useEffect, useRef, useState } from "react";
import type { StakePosition } from "@/hooks/staking/useStakePositions";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { formatDta } from "@/lib/format";
import { earlyUnstakeOutcome, earnedAt } from "@/lib/staking";
import { countdown, formatApy, formatUnlockDate } from "@/lib/staking/wizard";
import { WriteButton } from "@/components/wallet/WriteGate";
import { AddToPosition } from "./AddToPosition";
import { PositionArt } from "./PositionArt";
import { VotingWeight } from "./VotingWeight";

/** One position: its card, live figures (ticking from the on-chain numbers) and its actions. */
export function PositionCard({ position, now }: { position: StakePosition; now: bigint | undefined }) {
  const { write, isPending } = useDtaWrite("DTAStaking");
  const [confirmingEarly, setConfirmingEarly] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  // The confirm step takes focus on its safe choice, so a stray Enter never burns anything.
  useEffect(() => {
    if (confirmingEarly) keepButton.current?.focus();
  }, [confirmingEarly]);
  const id = position.tokenId;
  const label = `#${id}`;
  const earned =
    now !== undefined ? earnedAt(position.reserved, position.start, position.unlock, now) : undefined;
  const claimable = earned !== undefined ? earned - position.claimed : undefined;
  const unlocked = now !== undefined && now >= position.unlock;
  const early = earlyUnstakeOutcome(position.principal, claimable ?? 0n);
  const unearned = earned !== undefined ? position.reserved - earned : undefined;

  const act = (functionName: "claim" | "compound" | "unstake" | "unstakeEarly", description: string) =>
    // Claims, compounds and unstakes move DTA (and an early unstake burns some): token reads change too.
    write({ functionName, args: [id], description, affects: ["DTAToken"] });

  return (
    <li
      className="card grid gap-4 sm:grid-cols-[10rem_1fr]"
      data-testid="position"
      data-token-id={id.toString()}
    >
      <div className="w-40 max-w-full">
        <PositionArt image={position.image} tokenId={id} tier={position.tier} />
      </div>
      <div className="min-w-0 space-y-3">
        <h3 className="font-semibold text-slate-900">
          Position {label} · <span data-testid="position-tier">{position.tier}</span>
        </h3>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">Staked</dt>
            <dd
              className="font-medium tabular-nums text-slate-900"
              data-testid="position-amount"
              data-value={position.principal.toString()}
            >
              {formatDta(position.principal)} DTA
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">APY</dt>
            <dd className="font-medium tabular-nums text-slate-900">
              {formatApy(position.apyBps)}
              {position.bonusPercent > 0 && ` (+${position.bonusPercent}% bonus)`}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Earned so far</dt>
            <dd
              className="font-medium tabular-nums text-slate-900"
              data-testid="position-earned"
              data-value={earned?.toString()}
            >
              {earned !== undefined ? `${formatDta(earned)} DTA` : "…"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Claimable</dt>
            <dd
              className="font-medium tabular-nums text-slate-900"
              data-testid="position-claimable"
              data-value={claimable?.toString()}
            >
              {claimable !== undefined ? `${formatDta(claimable)} DTA` : "…"}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Lock</dt>
            <dd className="font-medium text-slate-900">{position.lockDays} days</dd>
          </div>
          <div>
            <dt className="text-slate-600">{unlocked ? "Unlocked" : "Unlocks in"}</dt>
            <dd className="font-medium tabular-nums text-slate-900" title={formatUnlockDate(position.unlock)}>
              {now === undefined
                ? "…"
                : (countdown(position.unlock, now) ?? formatUnlockDate(position.unlock))}
            </dd>
          </div>
        </dl>
        <VotingWeight position={position} now={now} />
        <div className="flex flex-wrap gap-2">
          <WriteButton
            type="button"
            className="btn-primary"
            disabled={isPending || !claimable}
            onClick={() => act("claim", `Claim rewards of position ${label}`)}
          >
            Claim
          </WriteButton>
          {!unlocked && (
            <WriteButton
              type="button"
              className="btn-secondary"
              disabled={isPending || !claimable}
              onClick={() => act("compound", `Compound position ${label}`)}
            >
              Compound
            </WriteButton>
          )}
          {unlocked ? (
            <WriteButton
              type="button"
              className="btn-secondary"
              disabled={isPending}
              onClick={() => act("unstake", `Unstake position ${label}`)}
            >
              Unstake
            </WriteButton>
          ) : (
            <button
              type="button"
              className="btn-secondary"
              disabled={isPending}
              onClick={() => setConfirmingEarly(true)}
            >
              Early unstake…
            </button>
          )}
        </div>
        {now !== undefined && !unlocked && (
          <AddToPosition
            tokenId={id}
            principal={position.principal}
            claimable={claimable}
            lockDays={position.lockDays}
            unlock={position.unlock}
            now={now}
          />
        )}
        {confirmingEarly && !unlocked && (
          <div
            role="alertdialog"
            aria-labelledby={`early-${id}`}
            aria-describedby={`early-${id}-text`}
            className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm"
          >
            <p id={`early-${id}`} className="font-semibold text-amber-950">
              Leave position {label} before it unlocks?
            </p>
            <p id={`early-${id}-text`} className="mt-1 text-amber-950" data-testid="early-unstake-warning">
              You will lose {formatDta(early.penalty)} DTA (burned) and forfeit {formatDta(unearned ?? 0n)}{" "}
              DTA of unearned rewards. You get back {formatDta(early.paid)} DTA (principal after the 10%
              penalty plus rewards earned so far).
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <WriteButton
                type="button"
                className="btn-primary bg-red-700 hover:bg-red-800 disabled:bg-slate-300"
                disabled={isPending}
                onClick={async () => {
                  const outcome = await act("unstakeEarly", `Early unstake of position ${label}`);
                  if (outcome.status === "confirmed") setConfirmingEarly(false);
                }}
              >
                Unstake early and burn {formatDta(early.penalty)} DTA
              </WriteButton>
              <button
                type="button"
                className="btn-secondary"
                ref={keepButton}
                onClick={() => setConfirmingEarly(false)}
              >
                Keep staking
              </button>
            </div>
          </div>
        )}
      </div>
    </li>
  );
}
