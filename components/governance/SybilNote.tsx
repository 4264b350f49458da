/** The plain Sybil note every governance page shows next to √ weights. */
export function SybilNote() {
  return (
    <p
      className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700"
      data-testid="sybil-note"
    >
      <strong>About quadratic voting:</strong> a vote weighs the square root of its voting power, so splitting
      the same stake across several addresses raises its total √ weight (4M votes from one address weigh
      2,000; split over four addresses they weigh 4,000). Nothing on-chain can tell one person&apos;s
      addresses apart. Quorum counts raw votes, which splitting does not change.
    </p>
  );
}
