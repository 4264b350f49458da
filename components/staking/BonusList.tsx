"use client";

import { Skeleton } from "@/components/ui/Skeleton";
import { useStakingBonuses, type BonusStatus } from "@/hooks/staking/useStakePreview";

const REQUIREMENT: Record<BonusStatus["kind"], string> = {
  twin: "own an active digital twin",
  dataQuality: "contribute data of qualifying quality",
  governance: "vote in a governance proposal",
  aiService: "list an active AI service",
};

const FEATURE: Record<BonusStatus["kind"], string> = {
  twin: "digital twin registry",
  dataQuality: "data contribution rewards contract",
  governance: "governance voting contract",
  aiService: "AI service marketplace",
};

function reason(bonus: BonusStatus): string {
  if (bonus.eligible) return `Applies: you ${REQUIREMENT[bonus.kind]}.`;
  if (!bonus.sourceSet) {
    return `Not yet: the ${FEATURE[bonus.kind]} isn't connected to staking yet, so no one qualifies for this bonus today.`;
  }
  return `Not yet: ${REQUIREMENT[bonus.kind]} to qualify; it is checked when you stake or compound.`;
}

/** The four ecosystem bonuses and, read on-chain, whether this wallet qualifies and why (never assumed). */
export function BonusList() {
  const { bonuses, bonusPercent, isError } = useStakingBonuses();
  if (isError)
    return (
      <p className="text-sm text-red-700">Couldn&apos;t read your ecosystem bonuses. Reload to retry.</p>
    );
  return (
    <section aria-labelledby="bonus-heading" className="space-y-2">
      <h3 id="bonus-heading" className="font-medium text-slate-800">
        Ecosystem bonuses{" "}
        {bonusPercent !== undefined && (
          <span className="text-sm font-normal text-slate-600">
            (+{bonusPercent.toString()}% applies to you)
          </span>
        )}
      </h3>
      {!bonuses ? (
        <Skeleton className="h-16 w-full" label="Loading your ecosystem bonuses" />
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="bonus-list">
          {bonuses.map((bonus) => (
            <li
              key={bonus.kind}
              data-eligible={bonus.eligible}
              className="rounded-lg border border-slate-200 p-3 text-sm data-[eligible=true]:border-teal-600 data-[eligible=true]:bg-teal-50"
            >
              <p className="font-medium text-slate-900">
                {bonus.label} <span className="tabular-nums">+{bonus.percent}%</span>
              </p>
              <p className="mt-1 text-slate-700">{reason(bonus)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
