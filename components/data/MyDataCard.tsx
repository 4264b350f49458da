"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { useContributions } from "@/hooks/data/useDataIndex";
import { useScopeKey } from "@/hooks/useScopeKey";
import MyDataRewards from "./MyDataRewards";

/** The dashboard's data card: rewards claimable (chain) and the account's contributions still pending (indexer). */
export default function MyDataCard() {
  const { account } = useScopeKey();
  const pending = useContributions(
    { contributor: account, status: "pending", pageSize: 100 },
    account !== undefined,
  );
  if (!account)
    return <p className="card text-sm text-slate-700">Connect a wallet to see your data rewards.</p>;
  const count = pending.data?.items.length;
  return (
    <div className="space-y-2" data-testid="my-data">
      <MyDataRewards compact />
      <p className="text-sm text-slate-700">
        {pending.isError && !pending.data ? (
          "Your pending contributions can't be listed: the indexer is unreachable."
        ) : count === undefined ? (
          "Counting your pending contributions…"
        ) : (
          <>
            <strong data-testid="my-data-pending" data-value={count}>
              {count}
              {pending.data?.hasNext ? "+" : ""}
            </strong>{" "}
            contribution{count === 1 ? "" : "s"} waiting for the validator ·{" "}
            <IntentLink href={`/data?contributor=${account.toLowerCase()}`} className="underline">
              My contributions
            </IntentLink>
          </>
        )}
      </p>
    </div>
  );
}
