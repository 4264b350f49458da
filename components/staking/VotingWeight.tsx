"use client";

import type { StakePosition } from "@/hooks/staking/useStakePositions";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { formatDta } from "@/lib/format";
import { LOCK_WEIGHT_PCT } from "@/lib/staking";
import { formatLockWeight } from "@/lib/staking/wizard";

/**
 * A position's voting weight: its lock weight while locked, 1.0× of the principal from unlock on. The contract
 * lowers it when anyone pokes the position (or acts on it); until then it still counts the lock weight, so the
 * card offers that one click.
 */
export function VotingWeight({ position, now }: { position: StakePosition; now: bigint | undefined }) {
  const { write, isPending } = useDtaWrite("DTAStaking");
  const unlocked = now !== undefined && now >= position.unlock;
  // The chain still counts the lock weight after unlock until someone applies it (for a 30-day lock, 1.0×
  // already, there is nothing to apply).
  const pending = unlocked && position.votingUnits > position.principal;
  const votes = unlocked && !pending ? position.principal : position.votingUnits;
  const weight = formatLockWeight(unlocked && !pending ? 100n : LOCK_WEIGHT_PCT[position.lockDays]);
  const label = `#${position.tokenId}`;

  return (
    <div className="space-y-1 text-sm" data-testid="position-voting">
      <p className="text-slate-700">
        Voting weight{" "}
        <span className="font-medium text-slate-900" data-testid="position-weight">
          {weight}
        </span>{" "}
        ·{" "}
        <span
          className="font-medium tabular-nums text-slate-900"
          data-testid="position-votes"
          data-value={votes.toString()}
        >
          {formatDta(votes)}
        </span>{" "}
        votes
        {unlocked ? (pending ? "" : " (unlocked: 1.0× of the principal)") : " while locked; 1.0× from unlock"}
      </p>
      {pending && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-amber-900" data-testid="position-weight-pending">
            Unlocked, but still counted at its lock weight until applied: it falls to{" "}
            {formatDta(position.principal)} votes (1.0×).
          </p>
          <button
            type="button"
            className="btn-secondary"
            disabled={isPending}
            onClick={() =>
              void write({
                functionName: "poke",
                args: [position.tokenId],
                description: `Apply the unlock weight of position ${label}`,
                affects: [],
              })
            }
          >
            {isPending ? "Applying…" : "Apply unlock weight"}
          </button>
        </div>
      )}
    </div>
  );
}
