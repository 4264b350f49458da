"use client";

import { useState, type FormEvent } from "react";
import { WriteButton } from "@/components/wallet/WriteGate";
import { useDtaWrite } from "@/hooks/useDtaWrite";
import { MAX_RATING, MIN_RATING } from "@/lib/marketplace/validate";

const STARS = Array.from({ length: MAX_RATING - MIN_RATING + 1 }, (_, i) => MIN_RATING + i);

/**
 * Rate 1–5 stars. Only an account that paid for the service may rate it (once; a new rating replaces the old):
 * before paying, the form is disabled and says why.
 */
export function RateService({
  id,
  paidQueries,
  current,
}: {
  id: bigint;
  /** Queries the viewer paid for (undefined while reading). */
  paidQueries: bigint | undefined;
  /** The viewer's rating now (0: none). */
  current: number | undefined;
}) {
  const [choice, setChoice] = useState<number | undefined>();
  const [error, setError] = useState<string | undefined>();
  const { write, isPending } = useDtaWrite("AIMarketplace");
  const canRate = paidQueries !== undefined && paidQueries > 0n;
  const reason =
    paidQueries === undefined
      ? "Checking whether you paid for this service…"
      : paidQueries === 0n
        ? "Only accounts that paid for this service can rate it. Pay for at least one query first."
        : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!canRate) return;
    if (choice === undefined) {
      setError("Choose 1 to 5 stars.");
      return;
    }
    setError(undefined);
    const outcome = await write({
      functionName: "rate",
      args: [id, choice],
      description: `Rate service #${id} ${choice} star${choice === 1 ? "" : "s"}`,
      affects: [],
    });
    if (outcome.status === "confirmed") setChoice(undefined);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="card space-y-3"
      aria-labelledby="rate-heading"
      data-testid="rate-form"
    >
      <h2 id="rate-heading" className="text-lg font-semibold text-slate-900">
        Rate this service
      </h2>
      {current !== undefined && current > 0 && (
        <p className="text-sm text-slate-700" data-testid="my-rating" data-value={current}>
          Your rating: {current} star{current === 1 ? "" : "s"}. A new rating replaces it.
        </p>
      )}
      <fieldset disabled={!canRate} aria-describedby={reason ? "rate-reason" : undefined}>
        <legend className="field-label">Stars</legend>
        <div className="flex flex-wrap gap-2">
          {STARS.map((stars) => (
            <label
              key={stars}
              className="flex cursor-pointer items-center gap-1 rounded-md border border-slate-300 px-3 py-1 text-sm has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60"
            >
              <input
                type="radio"
                name="rating"
                value={stars}
                checked={choice === stars}
                onChange={() => setChoice(stars)}
              />
              <span aria-hidden="true" className="text-amber-500">
                {"★".repeat(stars)}
              </span>
              <span className="sr-only">{stars} stars</span>
            </label>
          ))}
        </div>
      </fieldset>
      {reason && (
        <p id="rate-reason" className="text-sm text-slate-600" data-testid="rate-disabled-reason">
          {reason}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <WriteButton type="submit" className="btn-primary" disabled={!canRate || isPending}>
        {isPending ? "Rating…" : current ? "Change rating" : "Rate"}
      </WriteButton>
    </form>
  );
}
