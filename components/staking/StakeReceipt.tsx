"use client";

import { Skeleton } from "@/components/ui/Skeleton";
import { useStakePositionsById } from "@/hooks/staking/useStakePositions";
import { formatDta } from "@/lib/format";
import { formatApy, formatUnlockDate } from "@/lib/staking/wizard";
import { PositionArt } from "./PositionArt";

/** After the stake: the minted receipt NFT, drawn from its on-chain SVG, and its details. */
export function StakeReceipt({ tokenId, onAgain }: { tokenId: bigint; onAgain: () => void }) {
  const { positions, isError } = useStakePositionsById([tokenId]);
  const position = positions?.[0];
  return (
    <div className="space-y-4" data-testid="stake-receipt" data-token-id={tokenId.toString()}>
      <p className="rounded-lg bg-teal-50 p-3 text-sm text-teal-900" role="status">
        Staked. Receipt NFT #{tokenId.toString()} is in your wallet; whoever holds it owns the position.
      </p>
      {isError ? (
        <p className="text-sm text-red-700">
          Couldn&apos;t read the new position. It is listed below once loaded.
        </p>
      ) : !position ? (
        <Skeleton className="h-48 w-full" label="Loading your new position" />
      ) : (
        <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
          <div className="w-48 max-w-full">
            <PositionArt image={position.image} tokenId={tokenId} tier={position.tier} />
          </div>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Tier</dt>
            <dd className="font-medium text-slate-900" data-testid="receipt-tier">
              {position.tier}
            </dd>
            <dt className="text-slate-600">Staked</dt>
            <dd
              className="font-medium tabular-nums text-slate-900"
              data-testid="receipt-amount"
              data-value={position.principal.toString()}
            >
              {formatDta(position.principal)} DTA
            </dd>
            <dt className="text-slate-600">APY</dt>
            <dd className="font-medium tabular-nums text-slate-900">{formatApy(position.apyBps)}</dd>
            <dt className="text-slate-600">Reward at unlock</dt>
            <dd className="font-medium tabular-nums text-slate-900">{formatDta(position.reserved)} DTA</dd>
            <dt className="text-slate-600">Unlocks</dt>
            <dd className="font-medium text-slate-900">{formatUnlockDate(position.unlock)}</dd>
            <dt className="text-slate-600">Voting power</dt>
            <dd className="font-medium tabular-nums text-slate-900">{formatDta(position.votingUnits)}</dd>
          </dl>
        </div>
      )}
      <button type="button" className="btn-secondary" onClick={onAgain}>
        Stake again
      </button>
    </div>
  );
}
