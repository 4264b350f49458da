"use client";

import { useCallback } from "react";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { useIndexerPoll, useIndexerPollHealth, useTickingChainTime } from "@/hooks/indexer/useIndexerPoll";
import { fetchPoolReservations } from "@/lib/indexer/supply";
import { RUNWAY_WINDOW_DAYS, poolRunways } from "@/lib/indexer/runway";
import type { PoolId } from "@/lib/tokenomics/pools";
import { PoolRunwayTable } from "./PoolRunwayTable";

interface PoolRunwayProps {
  /** Each pool's remaining DTA, read on the server with the page's other live figures. */
  readonly pools: Readonly<Record<PoolId, bigint>>;
  /** The chain (its id) and its time and head at that read. */
  readonly chainId: number;
  readonly chainTime: bigint;
  readonly chainBlock: bigint;
}

/**
 * Runway per pool: the remaining balances from the chain (read on the server) and the last 30 days'
 * reservations from the indexer, fetched in the browser without the wallet code. Without the indexer the
 * balances still show.
 */
export function PoolRunway({ pools, chainId, chainTime, chainBlock }: PoolRunwayProps) {
  const health = useIndexerPollHealth(chainId, chainBlock);
  // The chain's clock decides "the last 30 days": a local chain may have been moved forward in time.
  const now = useTickingChainTime(chainTime, 60);
  const today = Number(now / 86_400n);
  const fromDay = today - RUNWAY_WINDOW_DAYS + 1;
  const fetcher = useCallback((signal: AbortSignal) => fetchPoolReservations(fromDay, { signal }), [fromDay]);
  const reservations = useIndexerPoll(`pool-reservations:${fromDay}`, fetcher, 10_000);
  const runways = reservations.data ? poolRunways(pools, reservations.data, today) : undefined;
  const unavailable = reservations.isError && !reservations.data;
  return (
    <div className="card space-y-3" data-testid="pool-runway-card">
      <IndexerNotice health={unavailable ? { state: "unavailable" } : health} what="The pools' runway" />
      <PoolRunwayTable
        remaining={pools}
        runways={runways}
        now={now}
        history={unavailable ? "unavailable" : "loading"}
      />
    </div>
  );
}
