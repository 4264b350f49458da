"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatDta } from "@/lib/format";
import { DTA_UNIT, type Tier } from "@/lib/staking";

/** Total staked per tier: a bar chart for the eye and a table for screen readers (the same figures). */
export function TierChart({ stakedByTier }: { stakedByTier: readonly { tier: Tier; staked: bigint }[] }) {
  // Bar heights only need whole DTA; every figure a person reads is formatted from the bigint.
  const data = stakedByTier.map(({ tier, staked }) => ({ tier, dta: Number(staked / DTA_UNIT), staked }));
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">Total staked by tier (DTA)</figcaption>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="tier" tick={{ fill: "#334155", fontSize: 12 }} />
            <YAxis
              tick={{ fill: "#334155", fontSize: 12 }}
              width={48}
              tickFormatter={(value: number) => formatCompact(BigInt(Math.trunc(value)) * DTA_UNIT)}
            />
            <Tooltip
              formatter={(_value, _name, item) => [
                `${formatDta((item.payload as { staked: bigint }).staked)} DTA`,
                "Staked",
              ]}
            />
            <Bar dataKey="dta" fill="#0f766e" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only" data-testid="tier-table">
        <caption>Total staked by tier</caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Staked (DTA)</th>
          </tr>
        </thead>
        <tbody>
          {stakedByTier.map(({ tier, staked }) => (
            <tr key={tier}>
              <th scope="row">{tier}</th>
              <td data-testid={`staked-${tier}`} data-value={staked.toString()}>
                {formatDta(staked)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
