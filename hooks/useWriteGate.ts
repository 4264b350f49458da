"use client";

import { useAccount } from "wagmi";
import { appChain } from "@/lib/chains";
import { writeGate, type WriteGate } from "@/lib/writeGate";
import { useChainHealth } from "./useChainHealth";
import { useDtaRead } from "./useDtaRead";
import { useScopeKey } from "./useScopeKey";

/**
 * Whether a write form may submit now, and the reason it may not: no wallet, wrong network, the chain
 * unreachable, DTA paused, or the connected account blacklisted. The two DTA reads join the page's
 * multicall and are made only for a connected account on a reachable chain.
 */
export function useWriteGate(): WriteGate {
  const { isConnected, chainId } = useAccount();
  const { account } = useScopeKey();
  const health = useChainHealth();
  const chain = appChain.chain;
  const live = isConnected && account !== undefined && chainId === chain.id && health.status === "up";
  const paused = useDtaRead({ contractName: "DTAToken", functionName: "paused", enabled: live });
  const blacklisted = useDtaRead({
    contractName: "DTAToken",
    functionName: "isBlacklisted",
    args: [account ?? "0x0000000000000000000000000000000000000000"],
    enabled: live,
  });
  return writeGate({
    connected: isConnected && account !== undefined,
    onAppChain: chainId === chain.id,
    reachable: health.status === "up",
    paused: live ? paused.data : undefined,
    blacklisted: live ? blacklisted.data : undefined,
    chainName: chain.name,
    rpcUrl: appChain.rpcUrl,
  });
}
