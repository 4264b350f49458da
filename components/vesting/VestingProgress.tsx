import { formatBasisPoints } from "@/lib/vesting/schedule";

/** A labelled bar for how much of a wallet's allocation has vested (basis points, 0–10,000). */
export function VestingProgress({ label, basisPoints }: { label: string; basisPoints: number }) {
  const percent = formatBasisPoints(basisPoints);
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-slate-700">Vested</span>
        <span className="tabular-nums text-slate-700">{percent}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={basisPoints / 100}
        aria-valuetext={`${percent} vested`}
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-teal-700" style={{ width: `${basisPoints / 100}%` }} />
      </div>
    </div>
  );
}
