"use client";

import type { Address } from "viem";
import { useTickingChainTime } from "@/hooks/useTickingChainTime";
import type { VestingWalletState } from "@/lib/vesting/walletReads";
import { VestingReleaseIsland } from "./islands";
import { VestingWalletCard } from "./VestingWalletCard";

interface Props {
  /** Read on the server with the page; refreshed after a release (RefreshOnWrite). */
  readonly wallets: readonly VestingWalletState[];
  readonly dtaAddress: Address;
  /** The chain's time at that read: figures tick from it every second, with no wallet code. */
  readonly chainTime: bigint;
}

/** The three vesting wallets; only each Release button needs the wallet code (loaded when asked for). */
export function VestingWalletsLive({ wallets, dtaAddress, chainTime }: Props) {
  const now = useTickingChainTime(chainTime);
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {wallets.map((wallet) => (
        <VestingWalletCard
          key={wallet.name}
          wallet={wallet}
          now={now}
          release={<VestingReleaseIsland wallet={wallet} dtaAddress={dtaAddress} chainTime={chainTime} />}
        />
      ))}
    </div>
  );
}
