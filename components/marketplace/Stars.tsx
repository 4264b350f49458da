import { averageX100 } from "@/lib/indexer/marketplace";
import { starsText } from "@/lib/indexer/marketplaceParams";

/** A service's average rating as five stars with the figure and count; integer maths only. No hooks. */
export function Stars({ ratingSum, ratingCount }: { ratingSum: number; ratingCount: number }) {
  const average = averageX100({ ratingSum, ratingCount });
  if (average === null) {
    return (
      <span className="text-sm text-slate-500" data-testid="stars" data-average="">
        No ratings yet
      </span>
    );
  }
  const filled = Math.round(average / 100);
  const text = starsText(average - (average % 10));
  return (
    <span
      className="inline-flex items-center gap-1 text-sm"
      data-testid="stars"
      data-average={average}
      data-count={ratingCount}
    >
      <span aria-hidden="true" className="tracking-tight text-amber-500">
        {"★".repeat(filled)}
        <span className="text-slate-300">{"★".repeat(5 - filled)}</span>
      </span>
      <span className="sr-only">
        Rated {text} out of 5 by {ratingCount} {ratingCount === 1 ? "payer" : "payers"}
      </span>
      <span aria-hidden="true" className="tabular-nums text-slate-700">
        {text} ({ratingCount})
      </span>
    </span>
  );
}
