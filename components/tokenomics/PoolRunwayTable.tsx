import { formatDta } from "@/lib/format";
import { describeRunway, type Runway } from "@/lib/indexer/runway";
import { TRACKED_POOLS, type PoolId } from "@/lib/tokenomics/pools";

const th = "py-2 pr-3 font-medium";

/**
 * Each pool's remaining DTA and runway, rendered on the server. Without `runways` (no indexer) the runway
 * column says the history is unavailable and the chain's balances still show; without `remaining` (no chain)
 * that column says so too.
 */
export function PoolRunwayTable({
  remaining,
  runways,
  now,
}: {
  remaining: Readonly<Record<PoolId, bigint>> | undefined;
  runways: Readonly<Record<PoolId, Runway>> | undefined;
  now: bigint;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[34rem] text-sm" data-testid="pool-runway">
        <caption className="sr-only">
          Days each pool lasts at the last 30 days&apos; pace of reservations
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className={th}>
              Pool
            </th>
            <th scope="col" className={`${th} text-right`}>
              Remaining (DTA)
            </th>
            <th scope="col" className="py-2 font-medium">
              Runway
            </th>
          </tr>
        </thead>
        <tbody>
          {TRACKED_POOLS.map((pool) => {
            const left = remaining?.[pool.id];
            const runway = runways?.[pool.id];
            const words = runway && describeRunway(runway, now);
            return (
              <tr key={pool.id} className="border-b border-slate-100 align-top" data-pool={pool.id}>
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  {pool.label}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">
                  {left === undefined ? (
                    <span className="text-slate-600">Unavailable</span>
                  ) : (
                    <span data-value={left.toString()}>{formatDta(left)}</span>
                  )}
                </td>
                <td className="py-2" data-runway={runway?.kind ?? "unavailable"}>
                  {words ? (
                    <>
                      <span className="font-medium text-slate-900">{words.headline}</span>
                      <span className="block text-slate-600">{words.detail}</span>
                    </>
                  ) : (
                    <span className="text-slate-600">Unavailable: no reservation history</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
