"use client";

import { formatDta } from "@/lib/format";
import { TIERS } from "@/lib/staking/tables";
import { TRACKED_POOLS, poolGenesisAmount } from "@/lib/tokenomics/pools";
import { formatShare, toWholeDta } from "@/lib/tokenomics/unlockSchedule";
import type { TokenomicsLive } from "@/lib/tokenomics/liveReads";
import { BarsChart } from "./lazyCharts";
import { colorAt } from "./palette";
import { TableView } from "./TableView";

const th = "py-2 pr-3 font-medium";

/** What each reward and swap pool still holds, against what it started with at genesis. */
export function PoolsRemaining({ live }: { live: TokenomicsLive }) {
  const rows = TRACKED_POOLS.map((pool, i) => {
    const remaining = live.pools[pool.id];
    return {
      pool,
      remaining,
      genesis: poolGenesisAmount(pool),
      datum: {
        id: pool.id,
        label: pool.label,
        value: toWholeDta(remaining),
        display: `${formatDta(remaining)} DTA`,
        fill: colorAt(i),
      },
    };
  });
  return (
    <section aria-labelledby="pools-heading" className="card">
      <h3 id="pools-heading" className="font-semibold text-slate-900">
        Pool balances remaining
      </h3>
      <p className="mb-3 text-sm text-slate-600">What each pool can still pay out, in DTA.</p>
      <BarsChart
        data={rows.map((r) => r.datum)}
        label={`Bar chart of pool balances remaining: ${rows.map((r) => `${r.pool.label} ${formatDta(r.remaining)} DTA`).join(", ")}.`}
      />
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[26rem] text-sm">
          <caption className="sr-only">Pool balances remaining, exact</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className={th}>
                Pool
              </th>
              <th scope="col" className={`${th} text-right`}>
                Remaining (DTA)
              </th>
              <th scope="col" className={`${th} text-right`}>
                At genesis
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Left
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.pool.id} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  {r.pool.label}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">
                  <span data-testid={r.pool.testId} data-value={r.remaining.toString()}>
                    {formatDta(r.remaining)}
                  </span>
                </td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{formatDta(r.genesis)}</td>
                <td className="py-1.5 text-right tabular-nums">{formatShare(r.remaining, r.genesis)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** DTAStaking.totalStakedByTier for every tier. */
export function StakedByTier({ live }: { live: TokenomicsLive }) {
  const data = TIERS.map((tier, i) => {
    const amount = live.stakedByTier[i] ?? 0n;
    return {
      id: tier,
      label: tier,
      amount,
      value: toWholeDta(amount),
      display: `${formatDta(amount)} DTA`,
      fill: colorAt(i),
    };
  });
  return (
    <section aria-labelledby="tiers-heading" className="card">
      <h3 id="tiers-heading" className="font-semibold text-slate-900">
        Total staked by tier
      </h3>
      <p className="mb-3 text-sm text-slate-600">
        DTA locked in staking positions, by the position&apos;s tier.
      </p>
      {live.totalStaked === 0n && (
        <p className="mb-2 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-700">Nothing is staked yet.</p>
      )}
      <BarsChart
        data={data}
        label={`Bar chart of DTA staked by tier: ${data.map((d) => `${d.label} ${d.display}`).join(", ")}.`}
      />
      <TableView>
        <table className="w-full text-sm" data-testid="staked-by-tier-table">
          <caption className="sr-only">DTA staked by tier, exact</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className={th}>
                Tier
              </th>
              <th scope="col" className={`${th} text-right`}>
                Staked (DTA)
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Of all staked
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.id} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  {d.label}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums" data-value={d.amount.toString()}>
                  {formatDta(d.amount)}
                </td>
                <td className="py-1.5 text-right tabular-nums">{formatShare(d.amount, live.totalStaked)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableView>
    </section>
  );
}
