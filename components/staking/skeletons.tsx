import { Skeleton } from "@/components/ui/Skeleton";

export function WizardSkeleton() {
  return (
    <div className="card space-y-4">
      <p className="text-lg font-semibold text-slate-900">Stake DTA</p>
      <Skeleton className="h-10 w-full" label="Loading the staking wizard" />
      <Skeleton className="h-24 w-full" label="Loading the staking wizard" />
    </div>
  );
}

export function PositionsSkeleton() {
  return <Skeleton className="h-40 w-full" label="Loading your positions" />;
}

export function PoolSkeleton() {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        {["Rewards pool available", "Total staked", "Rewards reserved"].map((label) => (
          <div key={label} className="card">
            <p className="text-sm font-medium text-slate-600">{label}</p>
            <Skeleton className="mt-3 h-7 w-32" label={`Loading ${label.toLowerCase()}`} />
          </div>
        ))}
      </div>
      <Skeleton className="h-64 w-full" label="Loading the staked-by-tier chart" />
    </div>
  );
}

export function DelegationSkeleton() {
  return (
    <div className="card space-y-3">
      <p className="text-lg font-semibold text-slate-900">Delegate voting power</p>
      <Skeleton className="h-10 w-full" label="Loading delegation" />
    </div>
  );
}
