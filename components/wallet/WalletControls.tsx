"use client";

import { ConnectButton } from "@rainbow-me/rainbowkit";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { appChain } from "@/lib/chains";
import { whenIdle } from "@/lib/idle";
import { hasConnectRequest, subscribeWalletDemand, takeConnectRequest } from "@/lib/wallet/demand";
import { ConnectPlaceholder } from "./ConnectPlaceholder";
import { DevAccountSwitcher } from "./DevAccountSwitcher";

const noRequestOnServer = () => false;

/**
 * Opens the connect dialog when a Connect click came before (or outside) this button (WalletPrompt) — once the
 * browser is idle, so the islands that just loaded with the wallet code have settled and the dialog responds.
 */
function OpenWhenAsked({ open }: { readonly open: () => void }) {
  const asked = useSyncExternalStore(subscribeWalletDemand, hasConnectRequest, noRequestOnServer);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);
  useEffect(() => {
    if (!asked) return;
    const run = () => {
      if (takeConnectRequest()) openRef.current();
    };
    return whenIdle(run, 2_000);
  }, [asked]);
  return null;
}

/** Connect button (RainbowKit modal), account and chain buttons, and the dev-account switcher when local. */
export default function WalletControls() {
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {appChain.isLocal && <DevAccountSwitcher />}
      <ConnectButton.Custom>
        {({ account, chain, mounted, openAccountModal, openChainModal, openConnectModal }) => {
          if (!mounted) return <ConnectPlaceholder />;
          if (!account) {
            return (
              <>
                <OpenWhenAsked open={openConnectModal} />
                <button type="button" className="btn-primary" onClick={openConnectModal}>
                  Connect wallet
                </button>
              </>
            );
          }
          if (chain?.unsupported) {
            return (
              <button
                type="button"
                className="btn-primary bg-red-700 hover:bg-red-800"
                onClick={openChainModal}
              >
                Wrong network
              </button>
            );
          }
          return (
            <button
              type="button"
              className="btn-secondary font-mono"
              onClick={openAccountModal}
              aria-label={`Account ${account.address}`}
              data-testid="connected-account"
              data-address={account.address}
            >
              {account.displayName}
            </button>
          );
        }}
      </ConnectButton.Custom>
    </div>
  );
}
