"use client";

import { useAccount } from "wagmi";
import { appChain } from "@/lib/chains";

/** "<chainId>:<account or 'anonymous'>" — added to every query key so accounts and chains never share cache. */
export function scopeKeyFor(chainId: number, account: string | undefined): string {
  return `${chainId}:${account?.toLowerCase() ?? "anonymous"}`;
}

export function useScopeKey(): { chainId: number; account: `0x${string}` | undefined; scopeKey: string } {
  const { address } = useAccount();
  const chainId = appChain.chain.id;
  return { chainId, account: address, scopeKey: scopeKeyFor(chainId, address) };
}
