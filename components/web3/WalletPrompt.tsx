"use client";

import { requestWallet } from "@/lib/wallet/demand";

/**
 * What a part of the page that needs a wallet shows before the wallet code is loaded: what it is for, and a
 * Connect button that loads the wallet code and opens the connect dialog (see lib/wallet/demand.ts).
 */
export function WalletPrompt({ what }: { readonly what: string }) {
  return (
    <div className="card flex flex-wrap items-center justify-between gap-3" data-testid="wallet-prompt">
      <p className="text-sm text-slate-700">Connect a wallet {what}.</p>
      <button type="button" className="btn-primary" onClick={() => requestWallet({ connect: true })}>
        Connect wallet
      </button>
    </div>
  );
}
