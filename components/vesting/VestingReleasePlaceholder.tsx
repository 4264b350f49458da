"use client";

import { requestWallet } from "@/lib/wallet/demand";

/** The Release button before the wallet code has loaded: a click loads it and opens the connect dialog. */
export function VestingReleasePlaceholder() {
  return (
    <>
      <button type="button" className="btn-primary w-full" onClick={() => requestWallet({ connect: true })}>
        Release
      </button>
      <p className="mt-2 text-xs text-slate-600">
        Connect a wallet to release. Anyone may release; the DTA always goes to the beneficiary.
      </p>
    </>
  );
}
