"use client";

import "@rainbow-me/rainbowkit/styles.css";
import { RainbowKitProvider, lightTheme } from "@rainbow-me/rainbowkit";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useLayoutEffect, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { WagmiProvider, useAccountEffect } from "wagmi";
import { appChainHealth, isUnreachableError } from "@/lib/chainHealth";
import { appChain } from "@/lib/chains";
import { createWagmiConfig } from "@/lib/wagmi";
import { rememberConnected } from "@/lib/wallet/demand";
import { DevWalletDialog } from "@/components/wallet/DevWalletDialog";
import { getIslands, getServerIslands, setHostReady, subscribeIslands } from "./islandRegistry";

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Chain reads change only when a block does; the transactor invalidates after the user's own
        // transactions, so there is no polling and focus refetches only what is older than this.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
        refetchInterval: false,
        // One retry for a flaky answer; none while the node can't be reached (the banner says so, and the
        // reads are refetched when it answers again).
        retry: (failureCount, error) => failureCount < 1 && !isUnreachableError(error),
      },
    },
  });
}

// Module scope: this module is only ever loaded in the browser (Web3Boundary imports it after hydration),
// so there is exactly one config and one cache per page, even under Strict Mode's double rendering.
const wagmiConfig = createWagmiConfig();
const queryClient = createQueryClient();

// When the node answers again after being unreachable, every read that failed meanwhile is refetched, so the
// figures come back without a reload.
let chainWasDown = false;
appChainHealth.subscribe(() => {
  const down = appChainHealth.getSnapshot().status === "down";
  if (chainWasDown && !down) void queryClient.invalidateQueries();
  chainWasDown = down;
});

/** Remembers a connected wallet, so the next visit loads the wallet code on idle and reconnects. */
function RememberConnection() {
  useAccountEffect({
    onConnect: () => rememberConnected(true),
    onDisconnect: () => rememberConnected(false),
  });
  return null;
}

/** The lazily loaded wallet providers; portals every registered Web3Island's component into its slot. */
export function Web3Host() {
  const islands = useSyncExternalStore(subscribeIslands, getIslands, getServerIslands);

  // Before paint, so island fallbacks and real components never show together.
  useLayoutEffect(() => {
    setHostReady(true);
    return () => setHostReady(false);
  }, []);

  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider
          initialChain={appChain.chain}
          locale="en-US"
          modalSize="compact"
          theme={lightTheme({ accentColor: "#0f766e", borderRadius: "medium" })}
        >
          <RememberConnection />
          {islands.map((island) => createPortal(island.element, island.node, island.id))}
          {appChain.isLocal && <DevWalletDialog />}
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
