"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { Address, Hash } from "viem";
import { usePublicClient } from "wagmi";
import { getDeployedContract } from "@/lib/contracts";
import { useScopeKey } from "../useScopeKey";

/** Blocks scanned per page: small enough for public RPCs' getLogs limits. */
export const HISTORY_BLOCK_RANGE = 5_000n;

export interface SwapRecord {
  readonly hash: Hash;
  readonly blockNumber: bigint;
  readonly logIndex: number;
  readonly biveAmount: bigint;
  readonly dtaAmount: bigint;
  readonly bonus: bigint;
}

interface HistoryPage {
  readonly swaps: readonly SwapRecord[];
  /** The lowest block this page scanned; the next page ends just below it. */
  readonly fromBlock: bigint;
}

/**
 * The connected account's Swapped events, newest first, scanned backwards from the latest block to the swap
 * contract's deployment block in pages of HISTORY_BLOCK_RANGE. The key carries chain and account; it is not
 * polled — the transactor refetches it after the user's own transactions.
 */
export function useBiveSwapHistory() {
  const { chainId, account } = useScopeKey();
  const client = usePublicClient({ chainId });
  const swap = getDeployedContract(chainId, "BiveSwap");
  const deployedOnBlock = BigInt(swap?.deployedOnBlock ?? 0);

  return useInfiniteQuery({
    queryKey: ["biveSwapHistory", { chainId, account: account?.toLowerCase() }],
    enabled: account !== undefined && client !== undefined && swap !== undefined,
    initialPageParam: null as bigint | null,
    refetchOnWindowFocus: false,
    queryFn: async ({ pageParam }): Promise<HistoryPage> => {
      if (!client || !swap || !account) return { swaps: [], fromBlock: deployedOnBlock };
      // cacheTime 0: viem caches the block number for a few seconds, and a refetch right after the user's own
      // swap must scan up to the block that holds it.
      const toBlock = pageParam ?? (await client.getBlockNumber({ cacheTime: 0 }));
      const start = toBlock - HISTORY_BLOCK_RANGE + 1n;
      const fromBlock = start > deployedOnBlock ? start : deployedOnBlock;
      const logs = await client.getContractEvents({
        address: swap.address,
        abi: swap.abi,
        eventName: "Swapped",
        args: { account: account as Address },
        fromBlock,
        toBlock,
        strict: true,
      });
      const swaps = logs
        .map((log) => ({
          hash: log.transactionHash,
          blockNumber: log.blockNumber,
          logIndex: log.logIndex,
          biveAmount: log.args.biveAmount,
          dtaAmount: log.args.dtaAmount,
          bonus: log.args.bonus,
        }))
        .reverse();
      return { swaps, fromBlock };
    },
    getNextPageParam: (last) => (last.fromBlock > deployedOnBlock ? last.fromBlock - 1n : undefined),
  });
}
