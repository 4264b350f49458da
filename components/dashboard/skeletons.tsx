import { Skeleton, StatCardSkeleton } from "@/components/ui/Skeleton";

export function BalancesSkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <StatCardSkeleton label="DTA balance" />
      <StatCardSkeleton label="Native balance" />
    </div>
  );
}

export function SendSkeleton() {
  return (
    <div className="card space-y-3">
      <p className="text-lg font-semibold text-slate-900">Send DTA</p>
      <Skeleton className="h-10 w-full" label="Loading the send form" />
      <Skeleton className="h-10 w-full" label="Loading the send form" />
    </div>
  );
}

export function ActivitySkeleton() {
  return (
    <div className="card">
      <Skeleton className="h-32 w-full" label="Loading your activity" />
    </div>
  );
}

export function NotificationsSkeleton() {
  return (
    <div className="card space-y-3">
      <Skeleton className="h-5 w-40" label="Loading your notifications" />
      <Skeleton className="h-12 w-full" label="Loading your notifications" />
      <Skeleton className="h-12 w-full" label="Loading your notifications" />
    </div>
  );
}
