import type { Metadata } from "next";
import { VestingWalletsIsland } from "@/components/vesting/islands";

export const metadata: Metadata = {
  title: "Vesting",
  description: "Team, advisors and early contributors vesting: progress, releasable DTA and release.",
};

export default function VestingPage() {
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Vesting</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          The team &amp; advisors allocation vests linearly over 730 days from genesis in three OpenZeppelin
          vesting wallets. Anyone can release what has vested; the DTA always goes to the wallet&apos;s
          beneficiary.
        </p>
      </div>
      <section aria-labelledby="vesting-wallets-heading" className="space-y-3">
        <h2 id="vesting-wallets-heading" className="text-lg font-semibold text-slate-900">
          Vesting wallets
        </h2>
        <VestingWalletsIsland />
      </section>
    </div>
  );
}
