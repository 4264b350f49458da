import type { Metadata } from "next";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { VestingWalletsLive } from "@/components/vesting/VestingWalletsLive";
import { readVesting } from "@/lib/server/reads";

export const metadata: Metadata = {
  title: "Vesting",
  description: "Team, advisors and early contributors vesting: progress, releasable DTA and release.",
};

/** The wallets are read on the server and tick in the browser; only Release loads the wallet code. */
export default async function VestingPage() {
  const vesting = await readVesting();
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
        {vesting.state === "ok" ? (
          <VestingWalletsLive
            wallets={vesting.value.wallets}
            dtaAddress={vesting.value.dtaAddress}
            chainTime={vesting.value.chainTime}
          />
        ) : (
          <ServerReadNotice state={vesting.state} what="The vesting wallets" />
        )}
      </section>
    </div>
  );
}
