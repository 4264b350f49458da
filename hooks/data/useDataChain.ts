"use client";

import { zeroAddress } from "viem";
import { useReadContracts } from "wagmi";
import { getDeployedContract } from "@/lib/contracts";
import type { DataCategoryWire } from "@/lib/indexer/dataAccess";
import { useDtaRead } from "../useDtaRead";
import { useScopeKey } from "../useScopeKey";

/** The connected account's data figures from the chain: rewards claimable, validator role, staking bonus. */
export function useMyDataChain() {
  const { account } = useScopeKey();
  const who = account ?? zeroAddress;
  const enabled = account !== undefined;
  const owed = useDtaRead({
    contractName: "DataContributions",
    functionName: "rewardOwedTo",
    args: [who],
    enabled,
  });
  const role = useDtaRead({ contractName: "DataContributions", functionName: "VALIDATOR_ROLE" });
  const isValidator = useDtaRead({
    contractName: "DataContributions",
    functionName: "hasRole",
    args: [role.data ?? "0x0000000000000000000000000000000000000000000000000000000000000000", who],
    enabled: enabled && role.data !== undefined,
  });
  const bonus = useDtaRead({
    contractName: "DataContributions",
    functionName: "hasStakingBonus",
    args: [who],
    enabled,
  });
  return {
    account,
    owed: owed.data,
    owedError: owed.isError,
    isValidator: isValidator.data,
    stakingBonus: bonus.data,
  };
}

/** The base reward and the unreserved data pool: what a score would reserve now. */
export function useDataPool() {
  const base = useDtaRead({ contractName: "DataContributions", functionName: "baseReward" });
  const available = useDtaRead({ contractName: "DataContributions", functionName: "poolAvailable" });
  return { baseReward: base.data, poolAvailable: available.data };
}

/**
 * The data categories: the server's list from the indexer, or read from the chain when it had none (the indexer
 * was unreachable).
 */
export function useDataCategories(initial: readonly DataCategoryWire[] | undefined) {
  const { chainId, scopeKey } = useScopeKey();
  const data = getDeployedContract(chainId, "DataContributions");
  const count = useDtaRead({
    contractName: "DataContributions",
    functionName: "categoryCount",
    enabled: initial === undefined,
  });
  const ids = count.data !== undefined ? Array.from({ length: count.data }, (_, i) => i) : [];
  const names = useReadContracts({
    contracts: data
      ? ids.map((id) => ({
          address: data.address,
          abi: data.abi,
          chainId,
          functionName: "categoryName" as const,
          args: [id] as const,
        }))
      : [],
    allowFailure: false,
    scopeKey,
    query: { enabled: initial === undefined && ids.length > 0 },
  });
  if (initial) return initial;
  const list = names.data as readonly string[] | undefined;
  return list?.map((name, id) => ({ id, name }));
}
