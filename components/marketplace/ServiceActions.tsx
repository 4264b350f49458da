"use client";

import { ConnectFirst } from "@/components/wallet/ConnectFirst";
import { Skeleton } from "@/components/ui/Skeleton";
import { useServiceChain } from "@/hooks/marketplace/useMarketplaceData";
import { useScopeKey } from "@/hooks/useScopeKey";
import { PayForQueries } from "./PayForQueries";
import { ProviderTools } from "./ProviderTools";
import { RateService } from "./RateService";
import { ServiceRequests } from "./ServiceRequests";

/**
 * What the viewer can do with a service, from the chain's live state: a payer pays, rates and reads their
 * requests' responses; the provider manages the listing and answers requests.
 */
export default function ServiceActions({ id }: { id: string }) {
  const serviceId = BigInt(id);
  const { account } = useScopeKey();
  const chain = useServiceChain(serviceId);

  if (chain.isError && !chain.service) {
    return (
      <p role="alert" className="card text-sm text-red-800">
        Service #{id} can&apos;t be read from the chain right now.
      </p>
    );
  }
  if (!chain.service) return <Skeleton className="h-40 w-full" label="Reading the service from the chain" />;
  const { provider, paused } = chain.service;
  const price = BigInt(chain.service.pricePerQuery);
  if (!account) {
    return <ConnectFirst what="to pay for queries" />;
  }
  if (account.toLowerCase() === provider.toLowerCase()) {
    return (
      <ProviderTools
        id={serviceId}
        price={price}
        paused={paused}
        bonusOwed={chain.bonusOwed}
        earnsBonus={chain.earnsBonus}
      />
    );
  }
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <PayForQueries id={serviceId} price={price} burnBps={chain.burnBps} paused={paused} />
        <RateService id={serviceId} paidQueries={chain.queriesBy} current={chain.rating} />
      </div>
      <ServiceRequests
        id={serviceId}
        payer={account}
        caption="Requests you paid for"
        empty="You haven't paid for this service yet."
        testId="my-requests"
      />
    </div>
  );
}
