import { IndexerNotice } from "@/components/ui/IndexerNotice";
import type { IndexerHealth } from "@/lib/indexer/health";
import { RUNWAY_WINDOW_DAYS, poolRunways } from "@/lib/indexer/runway";
import { fetchPoolReservations } from "@/lib/indexer/supply";
import { serverIndexerOptions } from "@/lib/server/indexer";
import type { PoolId } from "@/lib/tokenomics/pools";
import { PoolRunwayTable } from "./PoolRunwayTable";

interface PoolRunwayProps {
  /** Each pool's remaining DTA, read with the page's other live figures. */
  readonly pools: Readonly<Record<PoolId, bigint>>;
  /** The chain's time at that read: it decides "the last 30 days" (a local chain may have moved forward). */
  readonly chainTime: bigint;
  /** The indexer's health for this request (the page's one /status read). */
  readonly health: IndexerHealth;
}

/**
 * Runway per pool, rendered on the server: the remaining balances from the chain and the last 30 days'
 * reservations from the indexer. The page's LiveRefresh renders it again when the indexer moves. Without the
 * indexer the balances still show.
 */
export async function PoolRunway({ pools, chainTime, health }: PoolRunwayProps) {
  const today = Number(chainTime / 86_400n);
  const reservations = await fetchPoolReservations(
    today - RUNWAY_WINDOW_DAYS + 1,
    serverIndexerOptions(),
  ).catch(() => undefined);
  return (
    <div className="card space-y-3" data-testid="pool-runway-card">
      <IndexerNotice health={reservations ? health : { state: "unavailable" }} what="The pools' runway" />
      <PoolRunwayTable
        remaining={pools}
        runways={reservations && poolRunways(pools, reservations, today)}
        now={chainTime}
      />
    </div>
  );
}
