import { IntentLink } from "@/components/ui/IntentLink";
import { WalletControlsIsland } from "@/components/wallet/islands";
import { appChain } from "@/lib/chains";
import { NavLinks } from "./NavLinks";

/** Site header: brand, navigation, network badge and the wallet controls (loaded lazily). */
export function Header() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <div className="flex items-center gap-3">
          <IntentLink href="/" className="flex items-center gap-2 rounded-md text-slate-900">
            <span
              aria-hidden="true"
              className="grid h-8 w-8 place-items-center rounded-lg bg-teal-700 text-xs font-bold text-white"
            >
              DTA
            </span>
            <span className="sr-only font-semibold sm:not-sr-only">Digital Twin AI</span>
          </IntentLink>
          <span className="hidden rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-700 sm:inline">
            {appChain.chain.name}
          </span>
        </div>
        <nav aria-label="Main" className="order-3 w-full">
          <NavLinks />
        </nav>
        <WalletControlsIsland />
      </div>
    </header>
  );
}
