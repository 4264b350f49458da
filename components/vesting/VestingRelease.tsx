"use client";

import { useId } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { WriteButton, WriteGateNotice } from "@/components/wallet/WriteGate";
import { useTickingChainTime } from "@/hooks/useTickingChainTime";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { releasableAt } from "@/lib/vesting/schedule";
import type { VestingWalletState } from "@/lib/vesting/walletReads";

export interface VestingReleaseProps {
  readonly wallet: VestingWalletState;
  readonly dtaAddress: Address;
  readonly chainTime: bigint;
}

/** A vesting wallet's Release button (the wallet code): anyone may release; the DTA goes to the beneficiary. */
export default function VestingRelease({ wallet, dtaAddress, chainTime }: VestingReleaseProps) {
  const { isConnected } = useAccount();
  const { write, isPending } = useDtaWrite(wallet.name);
  const hintId = useId();
  const releasable = releasableAt(wallet, useTickingChainTime(chainTime));

  async function release() {
    await write({
      functionName: "release",
      args: [dtaAddress],
      description: `Release vested DTA to ${wallet.group}`,
      affects: ["DTAToken"],
    });
  }

  return (
    <>
      <WriteGateNotice className="mb-2" />
      <WriteButton
        type="button"
        className="btn-primary w-full"
        onClick={release}
        disabled={!isConnected || releasable === 0n || isPending}
        aria-describedby={hintId}
      >
        {isPending ? "Releasing…" : "Release"}
      </WriteButton>
      <p id={hintId} className="mt-2 text-xs text-slate-600">
        {!isConnected
          ? "Connect a wallet to release. Anyone may release; the DTA always goes to the beneficiary."
          : releasable === 0n
            ? "Nothing has vested since the last release."
            : "Anyone may release; the DTA always goes to the beneficiary."}
      </p>
    </>
  );
}
