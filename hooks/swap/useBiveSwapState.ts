"use client";

import { useMemo } from "react";
import type { ContractFunctionParameters } from "viem";
import { useReadContracts } from "wagmi";
import { getDeployedContract } from "@/lib/contracts";
import type { SwapTerms } from "@/lib/swap/quote";
import { isBigint, read } from "@/lib/contracts/multicallRead";
import { useChainTime } from "../useChainTime";
import { useScopeKey } from "../useScopeKey";

export interface BiveSwapState extends SwapTerms {
  readonly genesisTimestamp: bigint;
  readonly bonusWindow: bigint;
  readonly totalSwapped: bigint;
  readonly totalBonusPaid: bigint;
  /** The chain's time now (ticking). */
  readonly chainTime: bigint;
  /** The connected account's BIVE balance; undefined without a wallet. */
  readonly biveBalance: bigint | undefined;
}

const SWAP_READS = [
  "biveUnitsPerDtaUnit",
  "dtaUnitsPerBiveUnit",
  "BONUS_BPS",
  "bonusPoolRemaining",
  "swapPoolRemaining",
  "genesisTimestamp",
  "BONUS_WINDOW",
  "totalSwapped",
  "totalBonusPaid",
] as const;

/**
 * The swap's pools, terms and bonus window and (with a wallet) the account's BIVE balance — one Multicall3
 * request — plus the chain's clock; shared by every part of the page and refetched by the transactor after a swap.
 */
export function useBiveSwapState() {
  const { chainId, account, scopeKey } = useScopeKey();
  const swap = getDeployedContract(chainId, "BiveSwap");
  const bive = getDeployedContract(chainId, "BIVE");

  const contracts = useMemo((): readonly ContractFunctionParameters[] => {
    if (!swap || !bive) return [];
    return [
      ...SWAP_READS.map((name) => read(swap.address, swap.abi, name, [])),
      read(swap.address, swap.abi, "bonusActive", []),
      ...(account ? [read(bive.address, bive.abi, "balanceOf", [account])] : []),
    ];
  }, [swap, bive, account]);

  const query = useReadContracts({
    contracts,
    allowFailure: false,
    scopeKey,
    query: { enabled: contracts.length > 0 },
  });

  const clock = useChainTime();
  const chainTime = clock.now;
  const state = useMemo((): BiveSwapState | undefined => {
    const results: readonly unknown[] | undefined = query.data;
    if (!results || results.length !== contracts.length) return undefined;
    const figures = results.slice(0, SWAP_READS.length);
    const [bonusActive, biveBalance] = results.slice(SWAP_READS.length);
    if (!figures.every(isBigint) || typeof bonusActive !== "boolean" || !isBigint(chainTime)) return;
    const [biveUnitsPerDtaUnit, dtaUnitsPerBiveUnit, bonusBps, bonusPool, swapPool, genesis, window] =
      figures;
    const [totalSwapped, totalBonusPaid] = figures.slice(7);
    if (biveUnitsPerDtaUnit === undefined || dtaUnitsPerBiveUnit === undefined || bonusBps === undefined)
      return;
    if (bonusPool === undefined || swapPool === undefined || genesis === undefined) return;
    if (window === undefined || totalSwapped === undefined || totalBonusPaid === undefined) return;
    return {
      biveUnitsPerDtaUnit,
      dtaUnitsPerBiveUnit,
      bonusBps,
      bonusActive,
      bonusPoolRemaining: bonusPool,
      swapPoolRemaining: swapPool,
      genesisTimestamp: genesis,
      bonusWindow: window,
      totalSwapped,
      totalBonusPaid,
      chainTime,
      biveBalance: account && isBigint(biveBalance) ? biveBalance : undefined,
    };
  }, [query.data, contracts.length, account, chainTime]);

  return {
    state,
    isError: query.isError || clock.isError,
    isDeployed: swap !== undefined && bive !== undefined,
    refetch: query.refetch,
  };
}
