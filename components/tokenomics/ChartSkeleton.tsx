/** Stands in for a chart while recharts loads; same height, so nothing jumps. */
export function ChartSkeleton({ label, className = "h-64" }: { label: string; className?: string }) {
  return (
    <div role="status" aria-label={`Loading ${label}`} className={`skeleton w-full ${className}`}>
      <span className="sr-only">Loading {label}</span>
    </div>
  );
}
