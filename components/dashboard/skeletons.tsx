import { Skeleton } from "@/components/ui/Skeleton";

function CardSkeleton({ label }: { label: string }) {
  return (
    <div className="card">
      <p className="text-sm font-medium text-slate-600">{label}</p>
      <Skeleton className="mt-3 h-7 w-40" label={`Loading ${label.toLowerCase()}`} />
    </div>
  );
}

export function BalancesSkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <CardSkeleton label="DTA balance" />
      <CardSkeleton label="Native balance" />
    </div>
  );
}

export function SupplySkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <CardSkeleton label="Total supply" />
      <CardSkeleton label="Total burned" />
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
