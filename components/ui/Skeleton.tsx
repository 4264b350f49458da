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
