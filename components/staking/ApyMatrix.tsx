import { BASE_APY_BPS, LOCK_DAYS, TIERS, type LockDays, type Tier } from "@/lib/staking";
import { formatApy } from "@/lib/staking/wizard";

/** Base APY for every tier × lock period; the cell the wizard's choice lands in is highlighted. */
export function ApyMatrix({ tier, lockDays }: { tier: Tier | undefined; lockDays: LockDays | undefined }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-sm tabular-nums">
        <caption className="mb-2 text-left font-medium text-slate-800">
          Base APY by tier and lock period
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-200 px-2 py-1.5 text-left text-slate-700">
              Tier
            </th>
            {LOCK_DAYS.map((days) => (
              <th
                key={days}
                scope="col"
                className="border-b border-slate-200 px-2 py-1.5 text-right text-slate-700"
              >
                {days} days
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TIERS.map((row) => (
            <tr key={row} className={row === tier ? "bg-teal-50" : undefined}>
              <th
                scope="row"
                className="border-b border-slate-100 px-2 py-1.5 text-left font-medium text-slate-800"
              >
                {row}
              </th>
              {LOCK_DAYS.map((days, index) => {
                const chosen = row === tier && days === lockDays;
                return (
                  <td
                    key={days}
                    data-chosen={chosen || undefined}
                    className="border-b border-slate-100 px-2 py-1.5 text-right text-slate-800 data-[chosen]:rounded data-[chosen]:bg-teal-700 data-[chosen]:font-semibold data-[chosen]:text-white"
                  >
                    {formatApy(BASE_APY_BPS[row][index]!)}
                    {chosen && <span className="sr-only"> (your choice)</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
