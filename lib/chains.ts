/**
 * Which chain the app targets, from environment variables only (no keys or endpoints are committed).
 *   NEXT_PUBLIC_CHAIN                    local (default) | ethereum | sepolia | bsc | bscTestnet | polygon | polygonAmoy
 *   NEXT_PUBLIC_RPC_URL                  optional RPC override for the target chain
 *   NEXT_PUBLIC_LOCAL_RPC_URL            the local Hardhat node (default http://127.0.0.1:8545)
 *   NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID WalletConnect Cloud id, used on public chains only
 */
import type { Address, Chain } from "viem";
import { bsc, bscTestnet, hardhat, mainnet, polygon, polygonAmoy, sepolia } from "viem/chains";

/** Where every public chain has Multicall3; the local deploy script places it at the same address. */
export const MULTICALL3_ADDRESS: Address = "0xcA11bde05977b3631167028862bE2a173976CA11";
export const DEFAULT_LOCAL_RPC_URL = "http://127.0.0.1:8545";

export const CHAIN_KEYS = [
  "local",
  "ethereum",
  "sepolia",
  "bsc",
  "bscTestnet",
  "polygon",
  "polygonAmoy",
] as const;
export type ChainKey = (typeof CHAIN_KEYS)[number];

const PUBLIC_CHAINS: Record<Exclude<ChainKey, "local">, Chain> = {
  ethereum: mainnet,
  sepolia,
  bsc,
  bscTestnet,
  polygon,
  polygonAmoy,
};

export interface ChainEnv {
  readonly NEXT_PUBLIC_CHAIN?: string | undefined;
  readonly NEXT_PUBLIC_RPC_URL?: string | undefined;
  readonly NEXT_PUBLIC_LOCAL_RPC_URL?: string | undefined;
  readonly NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID?: string | undefined;
}

export interface AppChainConfig {
  readonly key: ChainKey;
  readonly chain: Chain;
  /** The RPC endpoint the app reads from. */
  readonly rpcUrl: string;
  readonly isLocal: boolean;
  /** Empty on the local chain: local mode never contacts WalletConnect. */
  readonly walletConnectProjectId: string;
}

function isChainKey(value: string): value is ChainKey {
  return (CHAIN_KEYS as readonly string[]).includes(value);
}

const nonEmpty = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** The local Hardhat chain (31337) with Multicall3 so reads are batched into one eth_call. */
export function localChain(rpcUrl: string): Chain {
  return {
    ...hardhat,
    rpcUrls: { default: { http: [rpcUrl] } },
    contracts: { multicall3: { address: MULTICALL3_ADDRESS, blockCreated: 0 } },
  };
}

/** Pure: resolves the chain configuration from an environment; throws on an unknown chain name. */
export function resolveChainConfig(env: ChainEnv): AppChainConfig {
  const requested = nonEmpty(env.NEXT_PUBLIC_CHAIN) ?? "local";
  if (!isChainKey(requested)) {
    throw new Error(`NEXT_PUBLIC_CHAIN="${requested}" is not one of: ${CHAIN_KEYS.join(", ")}`);
  }
  const override = nonEmpty(env.NEXT_PUBLIC_RPC_URL);
  if (requested === "local") {
    const rpcUrl = override ?? nonEmpty(env.NEXT_PUBLIC_LOCAL_RPC_URL) ?? DEFAULT_LOCAL_RPC_URL;
    return { key: "local", chain: localChain(rpcUrl), rpcUrl, isLocal: true, walletConnectProjectId: "" };
  }
  const base = PUBLIC_CHAINS[requested];
  const rpcUrl = override ?? base.rpcUrls.default.http[0] ?? "";
  const chain: Chain = override ? { ...base, rpcUrls: { default: { http: [override] } } } : base;
  return {
    key: requested,
    chain,
    rpcUrl,
    isLocal: false,
    walletConnectProjectId: nonEmpty(env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID) ?? "",
  };
}

// Each variable is referenced literally so Next.js inlines it into the client bundle.
export const appChain: AppChainConfig = resolveChainConfig({
  NEXT_PUBLIC_CHAIN: process.env.NEXT_PUBLIC_CHAIN,
  NEXT_PUBLIC_RPC_URL: process.env.NEXT_PUBLIC_RPC_URL,
  NEXT_PUBLIC_LOCAL_RPC_URL: process.env.NEXT_PUBLIC_LOCAL_RPC_URL,
  NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID,
});

/** A block-explorer link for a transaction, when the chain has an explorer. */
export function explorerTxUrl(chain: Chain, hash: `0x${string}`): string | undefined {
  const base = chain.blockExplorers?.default.url;
  return base ? `${base.replace(/\/$/, "")}/tx/${hash}` : undefined;
}
