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

export function DelegationSkeleton() {
  return (
    <div className="card space-y-3">
      <p className="text-lg font-semibold text-slate-900">Delegate voting power</p>
      <Skeleton className="h-10 w-full" label="Loading delegation" />
    </div>
  );
}
