/**
 * The wagmi config: one target chain from lib/chains, reads batched through Multicall3, and the wallets the
 * RainbowKit modal lists — the local dev wallet plus any browser wallet on the local chain; browser and
 * (when a project id is configured) WalletConnect wallets on public chains.
 */
import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import {
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from "@rainbow-me/rainbowkit/wallets";
import type { EIP1193RequestFn, Transport } from "viem";
import { createConfig, http, type Config } from "wagmi";
import { appChainHealth, type ChainHealthMonitor } from "./chainHealth";
import { deployedContractList } from "./contracts";
import { appChain, type AppChainConfig } from "./chains";
import { devWallet } from "./wallet/devWallet";

export const APP_NAME = "DTA — Digital Twin AI Token";

/** Reports every request's outcome to `monitor`, so reaching the node is known without extra requests. */
export function monitoredTransport(transport: Transport, monitor: ChainHealthMonitor): Transport {
  return (parameters) => {
    const inner = transport(parameters);
    const request: EIP1193RequestFn = async (args, options) => {
      try {
        const result: unknown = await inner.request(args, options);
        monitor.reportAnswer();
        return result as never;
      } catch (error) {
        monitor.reportFailure(error);
        throw error;
      }
    };
    return { ...inner, request };
  };
}

function walletList(target: AppChainConfig): WalletList {
  if (target.isLocal) {
    return [
      {
        groupName: "Local development",
        wallets: [devWallet(target.chain, deployedContractList(target.chain.id))],
      },
      { groupName: "Browser", wallets: [injectedWallet] },
    ];
  }
  if (!target.walletConnectProjectId) return [{ groupName: "Browser", wallets: [injectedWallet] }];
  return [
    { groupName: "Popular", wallets: [injectedWallet, metaMaskWallet, rainbowWallet, walletConnectWallet] },
  ];
}

export function createWagmiConfig(
  target: AppChainConfig = appChain,
  monitor: ChainHealthMonitor = appChainHealth,
): Config {
  const connectors = connectorsForWallets(walletList(target), {
    appName: APP_NAME,
    projectId: target.walletConnectProjectId,
  });
  return createConfig({
    chains: [target.chain],
    connectors,
    transports: { [target.chain.id]: monitoredTransport(http(target.rpcUrl, { batch: true }), monitor) },
    // Reads made in the same tick go out as one Multicall3 eth_call.
    batch: { multicall: { wait: 16 } },
    pollingInterval: target.isLocal ? 1_000 : 4_000,
    ssr: false,
  });
}
