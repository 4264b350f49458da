"use client";

import { LOCK_DAYS, baseApyBps, type LockDays, type Tier } from "@/lib/staking";
import { formatApy } from "@/lib/staking/wizard";
import { ApyMatrix } from "./ApyMatrix";
import { BonusList } from "./BonusList";

/** Step 2: the lock period (radio cards), the APY matrix with the chosen cell, and the ecosystem bonuses. */
export function LockStep({
  tier,
  lockDays,
  onChange,
  showError,
}: {
  tier: Tier;
  lockDays: LockDays | undefined;
  onChange: (days: LockDays) => void;
  showError: boolean;
}) {
  return (
    <div className="space-y-5">
      <fieldset
        role="radiogroup"
        aria-invalid={showError || undefined}
        aria-describedby={showError ? "lock-error" : undefined}
      >
        <legend className="field-label">Lock period</legend>
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {LOCK_DAYS.map((days) => (
            <label
              key={days}
              className="flex cursor-pointer flex-col rounded-lg border border-slate-300 p-3 text-sm has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-teal-700"
            >
              <span className="flex items-center gap-2 font-semibold text-slate-900">
                <input
                  type="radio"
                  name="lockDays"
                  value={days}
                  checked={lockDays === days}
                  onChange={() => onChange(days)}
                  className="h-4 w-4 accent-teal-700"
                />
                {days} days
              </span>
              <span className="mt-1 text-slate-700">
                {formatApy(baseApyBps(tier, days))} base APY for {tier}
              </span>
            </label>
          ))}
        </div>
        {showError && (
          <p id="lock-error" className="field-error" role="alert">
            Choose a lock period.
          </p>
        )}
      </fieldset>
      <ApyMatrix tier={tier} lockDays={lockDays} />
      <BonusList />
    </div>
  );
}
