"use client";

import { WriteButton } from "@/components/wallet/WriteGate";
import { useMyDataChain } from "@/hooks/data/useDataChain";
import { useDataWrites } from "@/hooks/data/useDataFlows";
import { formatDta } from "@/lib/format";

/**
 * The connected contributor's reserved data rewards (from the chain) and the one Claim that pays them all.
 * `compact`: the dashboard's card, which links here instead of explaining.
 */
export default function MyDataRewards({ compact = false }: { readonly compact?: boolean }) {
  const { account, owed, owedError, stakingBonus } = useMyDataChain();
  const { claim, isPending } = useDataWrites();
  if (!account)
    return <p className="card text-sm text-slate-700">Connect a wallet to see your data rewards.</p>;
  return (
    <div className="card space-y-2" data-testid="data-rewards">
      <p className="text-sm text-slate-600">Data rewards you can claim</p>
      <p className="text-2xl font-semibold tabular-nums text-slate-900">
        {owed === undefined ? (
          owedError ? (
            "unavailable"
          ) : (
            "…"
          )
        ) : (
          <>
            <span data-testid="data-claimable" data-value={owed.toString()}>
              {formatDta(owed)}
            </span>{" "}
            DTA
          </>
        )}
      </p>
      {!compact && (
        <p className="text-sm text-slate-700">
          A reward is reserved for you when the validator scores a contribution 50 or more (base reward × 1,
          1.5 or 2).{" "}
          {stakingBonus
            ? "Your last five scores average 80 or more: your stakes earn the +15% data-quality bonus."
            : "Five scores in a row averaging 80 or more earn a +15% staking bonus."}
        </p>
      )}
      <WriteButton
        className="btn-primary"
        disabled={isPending || owed === undefined || owed === 0n}
        onClick={() => {
          if (owed !== undefined && owed > 0n) void claim(owed);
        }}
      >
        {isPending ? "Waiting for your wallet…" : owed === 0n ? "Nothing to claim yet" : "Claim data rewards"}
      </WriteButton>
    </div>
  );
}
