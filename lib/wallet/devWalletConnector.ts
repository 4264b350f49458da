/**
 * "Local dev wallet": a wagmi connector whose EIP-1193 provider forwards JSON-RPC to the local Hardhat node,
 * whose dev accounts are unlocked, so the node signs — no extension, no WalletConnect. Like a real wallet it
 * exposes one chosen account and asks the user (in-app dialog) before any transaction or signature; a
 * rejection fails the request with EIP-1193 code 4001.
 */
import { createConnector } from "wagmi";
import {
  SwitchChainError,
  getAddress,
  numberToHex,
  type Address,
  type Chain,
  type EIP1193RequestFn,
} from "viem";
import { requestApproval } from "./approvals";
import { getDevAccount, subscribeDevAccount } from "./devAccounts";
import { describeWalletRequest, isSigningMethod, type KnownContract } from "./describeRequest";

export const DEV_WALLET_ID = "localDevWallet";
export const DEV_WALLET_NAME = "Local dev wallet";
const CONNECTED_KEY = "dta.devWallet.connected";

/** An error a provider returns, shaped as EIP-1193 describes (code, message, optional data). */
export class ProviderRpcError extends Error {
  readonly code: number;
  readonly data: unknown;
  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.name = "ProviderRpcError";
    this.code = code;
    this.data = data;
  }
}

interface JsonRpcResponse {
  readonly result?: unknown;
  readonly error?: { code: number; message: string; data?: unknown };
}

let rpcId = 0;

async function forward(url: string, method: string, params: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcId, method, params: params ?? [] }),
  });
  if (!response.ok) throw new ProviderRpcError(-32603, `The local node answered HTTP ${response.status}`);
  const body = (await response.json()) as JsonRpcResponse;
  if (body.error) throw new ProviderRpcError(body.error.code, body.error.message, body.error.data);
  return body.result;
}

type Listener = (payload: unknown) => void;

export interface DevWalletProvider {
  request: EIP1193RequestFn;
  on(event: string, listener: Listener): void;
  removeListener(event: string, listener: Listener): void;
}

interface DevWalletOptions {
  readonly chain: Chain;
  /** Deployed contracts of the chain, so the confirmation dialog can name the function being called. */
  readonly contracts: readonly KnownContract[];
}

const readConnected = () => typeof window !== "undefined" && localStorage.getItem(CONNECTED_KEY) === "1";
const writeConnected = (connected: boolean) => {
  if (typeof window === "undefined") return;
  if (connected) localStorage.setItem(CONNECTED_KEY, "1");
  else localStorage.removeItem(CONNECTED_KEY);
};

export function createDevWalletProvider(
  { chain, contracts }: DevWalletOptions,
  state: { connected: boolean },
) {
  const url = chain.rpcUrls.default.http[0] ?? "http://127.0.0.1:8545";
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));

  const request = async ({ method, params }: { method: string; params?: unknown }): Promise<unknown> => {
    const list = Array.isArray(params) ? (params as unknown[]) : [];
    switch (method) {
      case "eth_chainId":
        return numberToHex(chain.id);
      case "net_version":
        return String(chain.id);
      case "eth_accounts":
        return state.connected ? [getDevAccount()] : [];
      case "eth_requestAccounts":
        state.connected = true;
        writeConnected(true);
        return [getDevAccount()];
      case "wallet_switchEthereumChain": {
        const requested = (list[0] as { chainId?: string } | undefined)?.chainId;
        if (requested && Number(requested) === chain.id) return null;
        throw new ProviderRpcError(4902, `The local dev wallet only knows chain ${chain.id}.`);
      }
      case "wallet_requestPermissions":
      case "wallet_getPermissions":
        return [{ parentCapability: "eth_accounts" }];
    }
    if (!isSigningMethod(method)) return forward(url, method, params);

    if (!state.connected) throw new ProviderRpcError(4100, "Connect the local dev wallet first.");
    const account = getDevAccount();
    let forwarded = list;
    if (method === "eth_sendTransaction" || method === "eth_signTransaction") {
      const tx = (list[0] ?? {}) as { from?: string };
      if (tx.from && getAddress(tx.from) !== account) {
        throw new ProviderRpcError(4100, `The dev wallet's account is ${account}, not ${tx.from}.`);
      }
      forwarded = [{ ...tx, from: account }, ...list.slice(1)];
    }
    const approved = await requestApproval(describeWalletRequest(method, forwarded, contracts));
    if (!approved) throw new ProviderRpcError(4001, "User rejected the request.");
    return forward(url, method, forwarded);
  };

  const provider: DevWalletProvider = {
    request: request as EIP1193RequestFn,
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener);
    },
  };
  return { provider, emit };
}

/** The wagmi connector; RainbowKit wraps it as a wallet in lib/wallet/devWallet.ts. */
export function devWalletConnector(options: DevWalletOptions) {
  const state = { connected: false };
  const { provider, emit } = createDevWalletProvider(options, state);
  let unsubscribe: (() => void) | undefined;

  return createConnector<DevWalletProvider>((config) => ({
    id: DEV_WALLET_ID,
    name: DEV_WALLET_NAME,
    type: "devWallet",
    async setup() {
      state.connected = readConnected();
      unsubscribe?.();
      unsubscribe = subscribeDevAccount(() => {
        if (!state.connected) return;
        const accounts = [getDevAccount()];
        emit("accountsChanged", accounts);
        config.emitter.emit("change", { accounts });
      });
    },
    async connect(parameters) {
      if (parameters?.chainId !== undefined && parameters.chainId !== options.chain.id) {
        throw new SwitchChainError(new Error(`The local dev wallet only knows chain ${options.chain.id}.`));
      }
      const accounts = (await provider.request({ method: "eth_requestAccounts" })) as Address[];
      // The generic return type covers `withCapabilities`, which this wallet doesn't offer.
      return { accounts: accounts.map((a) => getAddress(a)), chainId: options.chain.id } as never;
    },
    async disconnect() {
      state.connected = false;
      writeConnected(false);
    },
    async getAccounts() {
      return state.connected ? [getDevAccount()] : [];
    },
    async getChainId() {
      return options.chain.id;
    },
    async getProvider() {
      return provider;
    },
    async isAuthorized() {
      return state.connected;
    },
    async switchChain({ chainId }) {
      if (chainId !== options.chain.id) {
        throw new SwitchChainError(new Error(`The local dev wallet only knows chain ${options.chain.id}.`));
      }
      return options.chain;
    },
    onAccountsChanged(accounts) {
      if (accounts.length === 0) this.onDisconnect();
      else config.emitter.emit("change", { accounts: accounts.map((a) => getAddress(a)) });
    },
    onChainChanged(chainId) {
      config.emitter.emit("change", { chainId: Number(chainId) });
    },
    onDisconnect() {
      state.connected = false;
      writeConnected(false);
      config.emitter.emit("disconnect");
    },
  }));
}
