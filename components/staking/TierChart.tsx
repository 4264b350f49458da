"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact, formatDta } from "@/lib/format";
import { DTA_UNIT, type Tier } from "@/lib/staking";

/**
 * Total staked per tier as a bar chart, for the eye only: the exact figures are in the server-rendered table
 * beside it (TierTable), so the chart is hidden from assistive technology.
 */
export default function TierChart({
  stakedByTier,
}: {
  stakedByTier: readonly { tier: Tier; staked: bigint }[];
}) {
  // Bar heights only need whole DTA; every figure a person reads is formatted from the bigint.
  const data = stakedByTier.map(({ tier, staked }) => ({ tier, dta: Number(staked / DTA_UNIT), staked }));
  return (
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
  );
}
