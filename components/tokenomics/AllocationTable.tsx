import { formatDta } from "@/lib/format";
import { GENESIS_ALLOCATION, GENESIS_SUPPLY, bucketTotal } from "@/lib/tokenomics/allocation";
import { formatShare } from "@/lib/tokenomics/unlockSchedule";
import { CUSTODIAN_LABELS } from "./allocationData";

/** The whole genesis table, exact to the base unit — the allocation chart's table view. */
export function AllocationTable() {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="sr-only">
          Genesis allocation of 1,000,000,000 DTA by bucket and sub-allocation
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">
              Allocation
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              DTA
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Share
            </th>
            <th scope="col" className="py-2 font-medium">
              Held by
            </th>
          </tr>
        </thead>
        {GENESIS_ALLOCATION.map((bucket) => (
          <tbody key={bucket.id} className="border-b border-slate-200">
            <tr className="bg-slate-50">
              <th scope="row" className="py-2 pr-3 text-left font-semibold text-slate-900">
                {bucket.label}
              </th>
              <td className="py-2 pr-3 text-right font-semibold tabular-nums">
                {formatDta(bucketTotal(bucket))}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {formatShare(bucketTotal(bucket), GENESIS_SUPPLY)}
              </td>
              <td className="py-2 text-slate-600">
                {bucket.vestingMonths > 0
                  ? `${bucket.vestingMonths}-month linear vesting`
                  : "Unlocked at genesis"}
              </td>
            </tr>
            {bucket.subAllocations.map((sub) => (
              <tr key={sub.id}>
                <th scope="row" className="py-1.5 pl-4 pr-3 text-left font-normal text-slate-800">
                  {sub.label}
                </th>
                <td className="py-1.5 pr-3 text-right tabular-nums">{formatDta(sub.amount)}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">
                  {formatShare(sub.amount, GENESIS_SUPPLY)}
                </td>
                <td className="py-1.5 text-slate-600">{CUSTODIAN_LABELS[sub.custodian]}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" className="py-2 pr-3 text-left font-semibold">
              Total
            </th>
            <td className="py-2 pr-3 text-right font-semibold tabular-nums">{formatDta(GENESIS_SUPPLY)}</td>
            <td className="py-2 pr-3 text-right tabular-nums">100%</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
