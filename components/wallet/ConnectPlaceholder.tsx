"use client";

import { useSyncExternalStore } from "react";
import {
  isWalletRequested,
  isWalletRequestedOnServer,
  requestWallet,
  subscribeWalletDemand,
} from "@/lib/wallet/demand";

/**
 * The connect button before the wallet code has loaded: a click loads it (lib/wallet/demand.ts) and the
 * connect dialog opens as soon as it is there.
 */
export function ConnectPlaceholder() {
  const requested = useSyncExternalStore(subscribeWalletDemand, isWalletRequested, isWalletRequestedOnServer);
  return (
    <button
      type="button"
      className="btn-primary"
      aria-busy={requested}
      onClick={() => requestWallet({ connect: true })}
    >
      Connect wallet
    </button>
  );
}
