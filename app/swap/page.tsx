import type { Metadata } from "next";
import { SwapFormIsland, SwapHistoryIsland } from "@/components/swap/islands";
import { SwapPoolsView } from "@/components/swap/SwapPoolsView";
import { ServerReadNotice } from "@/components/ui/ServerReadNotice";
import { readSwapPools } from "@/lib/server/reads";

export const metadata: Metadata = {
  title: "BIVE swap",
  description: "Swap legacy BIVE 1:1 for DTA, with a 10% early-holder bonus in the first 90 days.",
};

export default async function SwapPage() {
  const pools = await readSwapPools();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">BIVE swap</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          Swap legacy BIVE 1:1 for DTA from the 110M swap pool. Swaps in the first 90 days after genesis earn
          a 10% early-holder bonus from the 20M bonus pool while it lasts. Swapped BIVE is locked forever.
        </p>
      </div>
      <section aria-labelledby="swap-heading" className="space-y-3">
        <h2 id="swap-heading" className="text-lg font-semibold text-slate-900">
          Your swap
        </h2>
        <SwapFormIsland />
      </section>
      <section aria-labelledby="pools-heading" className="space-y-3">
        <h2 id="pools-heading" className="text-lg font-semibold text-slate-900">
          Pools
        </h2>
        {pools.state === "ok" ? (
          <SwapPoolsView pools={pools.value} />
        ) : (
          <ServerReadNotice state={pools.state} what="The BIVE swap" />
        )}
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold text-slate-900">
          Your swap history
        </h2>
        <SwapHistoryIsland />
      </section>
    </div>
  );
}
