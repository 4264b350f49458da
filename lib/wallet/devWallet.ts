/** The local dev wallet as a RainbowKit wallet, so it is listed in the connect modal on the local chain. */
import type { Wallet } from "@rainbow-me/rainbowkit";
import { createConnector } from "wagmi";
import type { Chain } from "viem";
import { DEV_WALLET_ID, DEV_WALLET_NAME, devWalletConnector } from "./devWalletConnector";
import type { KnownContract } from "./describeRequest";

const ICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#0f766e"/>' +
    '<path d="M7 9h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H7z" fill="none" stroke="#fff" stroke-width="2"/>' +
    '<circle cx="17" cy="15" r="1.6" fill="#fff"/></svg>',
)}`;

export function devWallet(chain: Chain, contracts: readonly KnownContract[]) {
  return (): Wallet => ({
    id: DEV_WALLET_ID,
    name: DEV_WALLET_NAME,
    iconUrl: ICON,
    iconBackground: "#0f766e",
    installed: true,
    createConnector: (walletDetails) =>
      createConnector((config) => ({
        ...devWalletConnector({ chain, contracts })(config),
        ...walletDetails,
      })),
  });
}
