import { Skeleton, StatCardSkeleton } from "@/components/ui/Skeleton";

export function SwapFormSkeleton() {
  return (
    <div className="space-y-4">
      <StatCardSkeleton label="Your BIVE balance" />
      <div className="card space-y-3">
        <p className="text-lg font-semibold text-slate-900">Swap BIVE for DTA</p>
        <Skeleton className="h-10 w-full" label="Loading the swap form" />
      </div>
    </div>
  );
}

export function HistorySkeleton() {
  return (
    <div className="card space-y-2">
      <Skeleton className="h-5 w-full" label="Loading swap history" />
      <Skeleton className="h-5 w-2/3" label="Loading swap history" />
    </div>
  );
}
