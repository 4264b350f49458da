import { Skeleton } from "@/components/ui/Skeleton";
import { ChartSkeleton } from "./ChartSkeleton";

const FIGURES = ["Total supply", "Total burned", "Total staked", "Team & advisors vested"];

export function FigureCardsSkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {FIGURES.map((label) => (
        <div key={label} className="card">
          <p className="text-sm font-medium text-slate-600">{label}</p>
          <Skeleton className="mt-3 h-7 w-40" label={`Loading ${label.toLowerCase()}`} />
        </div>
      ))}
    </div>
  );
}

export function LiveSkeleton() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-5 w-56" label="Loading the latest block" />
      <FigureCardsSkeleton />
      <div className="card">
        <p className="font-semibold text-slate-900">Pool balances remaining</p>
        <ChartSkeleton label="pool balances" className="mt-3 h-72" />
      </div>
      <div className="card">
        <p className="font-semibold text-slate-900">Total staked by tier</p>
        <ChartSkeleton label="staked by tier" className="mt-3 h-64" />
      </div>
    </div>
  );
}

export function RevenueDistributedSkeleton() {
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <p className="text-sm text-slate-600">Distributed so far</p>
      <Skeleton className="mt-1 h-6 w-40" label="Loading revenue distributed" />
    </div>
  );
}
