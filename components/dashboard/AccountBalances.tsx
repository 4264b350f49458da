"use client";

import { useAccount } from "wagmi";
import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { StatCard } from "@/components/ui/StatCard";
import { appChain } from "@/lib/chains";
import { formatDta, formatNative } from "@/lib/format";
import { useDtaBalance, useNativeBalance } from "@/hooks/useDtaBalances";

/** The connected account's DTA and native balances; a prompt to connect otherwise. */
export default function AccountBalances() {
  const { isConnected } = useAccount();
  const dta = useDtaBalance();
  const native = useNativeBalance();

  if (!isConnected) {
    return (
      <EmptyState title="Not connected">
        Connect a wallet with the button at the top of the page to see your DTA and{" "}
        {appChain.chain.nativeCurrency.symbol} balances and to send DTA.
      </EmptyState>
    );
  }

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <StatCard
        label="DTA balance"
        unit="DTA"
        testId="dta-balance"
        rawValue={dta.balance}
        value={
          dta.balance !== undefined ? (
            formatDta(dta.balance)
          ) : dta.isError ? (
            "Unavailable"
          ) : (
            <Skeleton label="Loading DTA balance" />
          )
        }
      />
      <StatCard
        label="Native balance"
        unit={native.data?.symbol ?? appChain.chain.nativeCurrency.symbol}
        testId="native-balance"
        rawValue={native.data?.value}
        value={
          native.data ? (
            formatNative(native.data.value, native.data.decimals)
          ) : native.isError ? (
            "Unavailable"
          ) : (
            <Skeleton label="Loading native balance" />
          )
        }
      />
    </div>
  );
}
