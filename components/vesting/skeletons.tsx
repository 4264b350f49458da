import { Skeleton } from "@/components/ui/Skeleton";

function WalletSkeleton() {
  return (
    <div className="card space-y-4">
      <Skeleton className="h-6 w-40" label="Loading vesting wallet" />
      <Skeleton className="h-3 w-full" label="Loading vesting progress" />
      <div className="grid grid-cols-2 gap-3">
        {["total", "vested", "released", "releasable"].map((figure) => (
          <Skeleton key={figure} className="h-10 w-full" label={`Loading ${figure}`} />
        ))}
      </div>
      <Skeleton className="h-10 w-full" label="Loading release button" />
    </div>
  );
}

export function VestingWalletsSkeleton() {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <WalletSkeleton />
      <WalletSkeleton />
      <WalletSkeleton />
    </div>
  );
}
