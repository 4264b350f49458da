import { StatCard } from "@/components/ui/StatCard";
import { formatCompact, formatDta } from "@/lib/format";
import type { SupplyFigures } from "@/lib/server/figures";

/** Total supply and total burned, read on the server (no wallet needed). */
export function TokenSupplyView({ supply }: { readonly supply: SupplyFigures }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <StatCard
        label="Total supply"
        unit="DTA"
        testId="total-supply"
        rawValue={supply.totalSupply}
        value={formatDta(supply.totalSupply)}
        hint={`${formatCompact(supply.totalSupply)} DTA exist; only burning lowers it`}
      />
      <StatCard
        label="Total burned"
        unit="DTA"
        testId="total-burned"
        rawValue={supply.totalBurned}
        value={formatDta(supply.totalBurned)}
        hint="Removed from supply forever"
      />
    </div>
  );
}
