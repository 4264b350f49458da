"use client";

import { useQuery } from "@tanstack/react-query";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { useIndexerStatus } from "@/hooks/indexer/useIndexerStatus";
import { useChainTime } from "@/hooks/useChainTime";
import { useScopeKey } from "@/hooks/useScopeKey";
import { useTokenomicsLive } from "@/hooks/useTokenomicsLive";
import { fetchPoolReservations, indexerKeys } from "@/lib/indexer/client";
import { RUNWAY_WINDOW_DAYS, poolRunways } from "@/lib/indexer/runway";
import { PoolRunwayTable } from "./PoolRunwayTable";

/**
 * Runway per pool: the remaining balances from the chain (the same multicall as the live figures above) and
 * the last 30 days' reservations from the indexer. Without the indexer the balances still show.
 */
export default function PoolRunway() {
  const { chainId } = useScopeKey();
  const health = useIndexerStatus();
  const { live } = useTokenomicsLive();
  // The chain's clock decides "the last 30 days": a local chain may have been moved forward in time.
  const { now } = useChainTime();
  const today = now === undefined ? undefined : Number(now / 86_400n);
  const fromDay = today === undefined ? 0 : today - RUNWAY_WINDOW_DAYS + 1;
  const reservations = useQuery({
    queryKey: indexerKeys.poolReservations(chainId, fromDay),
    queryFn: ({ signal }) => fetchPoolReservations(fromDay, { signal }),
    enabled: today !== undefined,
    refetchInterval: 10_000,
    retry: 1,
  });
  const runways =
    live && reservations.data && today !== undefined
      ? poolRunways(live.pools, reservations.data, today)
      : undefined;
  const unavailable = reservations.isError && !reservations.data;
  return (
    <div className="card space-y-3" data-testid="pool-runway-card">
      <IndexerNotice health={unavailable ? { state: "unavailable" } : health} what="The pools' runway" />
      <PoolRunwayTable
        remaining={live?.pools}
        runways={runways}
        now={now ?? 0n}
        history={unavailable ? "unavailable" : "loading"}
      />
    </div>
  );
}
