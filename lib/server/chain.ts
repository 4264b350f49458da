/**
 * The server's one door to the chain: a viem client for the app's target chain (lib/chains: the same
 * NEXT_PUBLIC_CHAIN / NEXT_PUBLIC_RPC_URL / NEXT_PUBLIC_LOCAL_RPC_URL variables as the browser), reads batched
 * into one Multicall3 eth_call. Server pages read their figures here so the HTML carries them before any wallet
 * code runs. Reads happen per request (connection() in the readers), never at build. Imported only by server
 * components.
 */
import { connection } from "next/server";
import { cache } from "react";
import { createPublicClient, http, type PublicClient } from "viem";
import { appChain } from "@/lib/chains";

let client: PublicClient | undefined;

/** One client per server process; concurrent reads in one tick share a multicall. */
export function serverChain(): PublicClient {
  client ??= createPublicClient({
    chain: appChain.chain,
    // Never Next's data cache: a chain read is always the chain's current state.
    transport: http(appChain.rpcUrl, { timeout: 4_000, retryCount: 0, fetchOptions: { cache: "no-store" } }),
    batch: { multicall: { wait: 0 } },
  });
  return client;
}

/** The chain's head, once per request; undefined when the node can't be reached. */
export const serverBlockNumber = cache(async (): Promise<bigint | undefined> => {
  await connection();
  try {
    return await serverChain().getBlockNumber({ cacheTime: 0 });
  } catch {
    return undefined;
  }
});
