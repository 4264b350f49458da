import { formatDta } from "@/lib/format";
import { GENESIS_ALLOCATION, GENESIS_SUPPLY } from "@/lib/tokenomics/allocation";
import { formatShare, toWholeDta, unlockSchedule } from "@/lib/tokenomics/unlockSchedule";
import { UnlockAreaChart } from "./lazyCharts";
import { colorAt } from "./palette";
import { TableView } from "./TableView";

const SCHEDULE = unlockSchedule();
const VESTING = GENESIS_ALLOCATION.filter((b) => b.vestingMonths > 0);
const vestingRank = (id: string) => (VESTING.some((b) => b.id === id) ? 1 : 0);

/** The 24-month circulating-supply schedule: a stacked area by bucket plus its exact table (server-rendered). */
export function UnlockSchedule() {
  // Vesting buckets stack on top, so the growth reads as the top band rising.
  const series = GENESIS_ALLOCATION.map((b, i) => ({ id: b.id, label: b.label, color: colorAt(i) })).sort(
    (a, b) => vestingRank(a.id) - vestingRank(b.id),
  );
  const rows = SCHEDULE.map((point) => {
    const row: Record<string, number> = { month: point.month };
    for (const [id, amount] of Object.entries(point.byBucket)) row[id] = toWholeDta(amount);
    return row;
  });
  const first = SCHEDULE[0]!;
  const last = SCHEDULE[SCHEDULE.length - 1]!;
  return (
    <figure>
      <UnlockAreaChart
        rows={rows}
        series={series}
        label={`Stacked area chart: circulating supply rises from ${formatDta(first.circulating)} DTA at month 0 to ${formatDta(last.circulating)} DTA at month 24 as team and advisor tokens vest.`}
      />
      <figcaption className="mt-2 text-sm text-slate-600">
        {formatDta(first.circulating)} DTA ({formatShare(first.circulating, GENESIS_SUPPLY)}) circulates from
        genesis; {VESTING.map((b) => b.label.toLowerCase()).join(", ")} unlock linearly over 24 months,
        reaching {formatDta(last.circulating)} DTA at month 24.
      </figcaption>
      <TableView>
        <div className="max-h-96 overflow-auto">
          <table className="w-full text-sm" data-testid="unlock-table">
            <caption className="sr-only">Circulating supply by month after genesis</caption>
            <thead className="sticky top-0 bg-white">
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">
                  Month
                </th>
                {VESTING.map((b) => (
                  <th key={b.id} scope="col" className="py-2 pr-3 text-right font-medium">
                    {b.label} unlocked
                  </th>
                ))}
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Circulating (DTA)
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Of supply
                </th>
              </tr>
            </thead>
            <tbody>
              {SCHEDULE.map((point) => (
                <tr key={point.month} className="border-b border-slate-100">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {point.month}
                  </th>
                  {VESTING.map((b) => (
                    <td key={b.id} className="py-1.5 pr-3 text-right tabular-nums">
                      {formatDta(point.byBucket[b.id] ?? 0n)}
                    </td>
                  ))}
                  <td
                    className="py-1.5 pr-3 text-right tabular-nums"
                    data-value={point.circulating.toString()}
                  >
                    {formatDta(point.circulating)}
                  </td>
                  <td className="py-1.5 text-right tabular-nums">
                    {formatShare(point.circulating, GENESIS_SUPPLY)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </TableView>
    </figure>
  );
}
