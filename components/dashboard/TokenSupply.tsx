"use client";

import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { StatCard } from "@/components/ui/StatCard";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatCompact, formatDta } from "@/lib/format";
import { useTokenSupply } from "@/hooks/useDtaBalances";

function figure(data: bigint | undefined, isError: boolean, label: string) {
  if (data !== undefined) return formatDta(data);
  if (isError) return "Unavailable";
  return <Skeleton label={`Loading ${label}`} />;
}

/** Live total supply and total burned, for everyone (no wallet needed). */
export default function TokenSupply() {
  const { totalSupply, totalBurned } = useTokenSupply();
  if (!getDeployedContract(appChain.chain.id, "DTAToken")) {
    return (
      <EmptyState title={`DTA isn't deployed on ${appChain.chain.name} yet`}>
        Deploy the contracts (see the README) or point NEXT_PUBLIC_CHAIN at a chain that has them.
      </EmptyState>
    );
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <StatCard
        label="Total supply"
        unit="DTA"
        testId="total-supply"
        rawValue={totalSupply.data}
        value={figure(totalSupply.data, totalSupply.isError, "total supply")}
        hint={
          totalSupply.data !== undefined
            ? `${formatCompact(totalSupply.data)} DTA exist; only burning lowers it`
            : undefined
        }
      />
      <StatCard
        label="Total burned"
        unit="DTA"
        testId="total-burned"
        rawValue={totalBurned.data}
        value={figure(totalBurned.data, totalBurned.isError, "total burned")}
        hint="Removed from supply forever"
      />
    </div>
  );
}
