"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { WriteGateNotice } from "@/components/wallet/WriteGate";
import { useChainTime } from "@/hooks/useChainTime";
import { useStakePositions } from "@/hooks/staking/useStakePositions";
import { PositionCard } from "./PositionCard";

/** The connected account's positions (one multicall for all of them), each with live earnings. */
export default function PositionsList() {
  const { positions, isError, connected } = useStakePositions();
  const now = useChainTime().now;
  if (!connected) {
    return <EmptyState title="Not connected">Connect a wallet to see your staking positions.</EmptyState>;
  }
  if (isError) {
    return (
      <EmptyState title="Couldn't load your positions">
        The network didn&apos;t answer. Reload the page to try again.
      </EmptyState>
    );
  }
  if (!positions) return <Skeleton className="h-40 w-full" label="Loading your positions" />;
  if (positions.length === 0) {
    return (
      <EmptyState title="No positions yet">
        Stake DTA with the wizard above: each stake becomes a receipt NFT listed here.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      <WriteGateNotice />
      <ul className="space-y-4" data-testid="positions">
        {positions.map((position) => (
          <PositionCard key={position.tokenId.toString()} position={position} now={now} />
        ))}
      </ul>
    </div>
  );
}
