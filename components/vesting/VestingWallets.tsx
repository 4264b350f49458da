"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { appChain } from "@/lib/chains";
import { useChainTime } from "@/hooks/useChainTime";
import { useVestingWallets } from "@/hooks/vesting/useVestingWallets";
import { VestingWalletCard } from "./VestingWalletCard";
import { VestingWalletsSkeleton } from "./skeletons";

/** The three vesting wallets, read in one multicall; figures tick every second with the chain's clock. */
export default function VestingWallets() {
  const { wallets, isError, isDeployed, dtaAddress, refetch } = useVestingWallets();
  const clock = useChainTime();
  const now = clock.now;

  if (!isDeployed || !dtaAddress) {
    return (
      <EmptyState title={`The vesting wallets aren't deployed on ${appChain.chain.name}`}>
        Deploy the contracts (see the README) or point NEXT_PUBLIC_CHAIN at a chain that has them.
      </EmptyState>
    );
  }
  if (isError || clock.isError) {
    return (
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
        <p>Couldn&apos;t read the vesting wallets from {appChain.chain.name}. Check your connection.</p>
        <button type="button" className="btn-secondary mt-3" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!wallets || now === undefined) return <VestingWalletsSkeleton />;

  return (
    <div className="grid gap-4 md:grid-cols-3">
      {wallets.map((wallet) => (
        <VestingWalletCard key={wallet.name} wallet={wallet} now={now} dtaAddress={dtaAddress} />
      ))}
    </div>
  );
}
