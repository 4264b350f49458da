"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { zeroAddress } from "viem";
import { EmptyState } from "@/components/ui/EmptyState";
import { Skeleton } from "@/components/ui/Skeleton";
import { useMyServices } from "@/hooks/marketplace/useMarketplaceData";
import { useDtaRead } from "@/hooks/useDtaRead";
import { useScopeKey } from "@/hooks/useScopeKey";
import { formatDta, formatInteger } from "@/lib/format";
import { Stars } from "./Stars";

/** The dashboard's card for providers: their services with usage, revenue and rewards, and the bonus to claim. */
export default function MyServicesCard() {
  const { account } = useScopeKey();
  const services = useMyServices();
  const owed = useDtaRead({
    contractName: "AIMarketplace",
    functionName: "bonusOwedTo",
    args: [account ?? zeroAddress],
    enabled: account !== undefined,
  });
  if (!account) return <EmptyState title="Not connected">Connect a wallet to see your services.</EmptyState>;
  if (services.isError && !services.data) {
    return (
      <p className="card text-sm text-slate-700">
        Your services can&apos;t be listed: the indexer is unreachable.
      </p>
    );
  }
  if (!services.data) return <Skeleton className="h-24 w-full" label="Loading your services" />;
  const items = services.data.items;
  if (items.length === 0) {
    return (
      <EmptyState title="No services yet">
        <IntentLink href="/marketplace/new" className="underline">
          List an AI service
        </IntentLink>{" "}
        and get paid per query (the listing fee is 100 DTA by default).
      </EmptyState>
    );
  }
  const earned = items.reduce((sum, s) => sum + s.providerEarned, 0n);
  const bonus = items.reduce((sum, s) => sum + s.bonusEarned, 0n);
  return (
    <div className="card space-y-3" data-testid="my-services">
      <p className="text-sm text-slate-700">
        {services.data.total} service{services.data.total === 1 ? "" : "s"} ·{" "}
        <strong data-testid="my-services-earned" data-value={earned.toString()}>
          {formatDta(earned)} DTA
        </strong>{" "}
        received from payments · {formatDta(bonus)} DTA provider bonus earned ·{" "}
        <span data-testid="my-services-owed" data-value={owed.data?.toString()}>
          {owed.data === undefined ? "…" : `${formatDta(owed.data)} DTA`}
        </span>{" "}
        to claim
      </p>
      <ul className="divide-y divide-slate-100 text-sm">
        {items.slice(0, 10).map((s) => (
          <li key={s.id.toString()} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <IntentLink href={`/marketplace/${s.id}`} className="font-medium underline">
              {s.name}
            </IntentLink>
            {s.status === "paused" && <span className="rounded bg-slate-200 px-2 text-xs">Paused</span>}
            <Stars ratingSum={s.ratingSum} ratingCount={s.ratingCount} />
            <span className="ml-auto tabular-nums">
              {formatInteger(s.queries)} queries · {formatDta(s.revenue)} DTA paid in
            </span>
          </li>
        ))}
      </ul>
      {services.data.total > 10 && (
        <IntentLink
          href={`/marketplace?provider=${account.toLowerCase()}&status=all`}
          className="text-sm underline"
        >
          All your services
        </IntentLink>
      )}
    </div>
  );
}
