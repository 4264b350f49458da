/** A grey placeholder bar with an accessible "Loading" label for what it stands in for. */
export function Skeleton({
  className = "h-6 w-32",
  label = "Loading",
}: {
  className?: string;
  label?: string;
}) {
  return (
    <span role="status" aria-label={label} className={`skeleton inline-block ${className}`}>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** A stat card's placeholder: its label, and a bar where the figure will be. */
export function StatCardSkeleton({ label }: { label: string }) {
  return (
    <div className="card">
      <p className="text-sm font-medium text-slate-600">{label}</p>
      <Skeleton className="mt-3 h-7 w-40" label={`Loading ${label.toLowerCase()}`} />
    </div>
  );
}
