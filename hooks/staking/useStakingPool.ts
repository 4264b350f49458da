"use client";

import { useReadContracts } from "wagmi";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { TIERS, type Tier } from "@/lib/staking";
import { useScopeKey } from "../useScopeKey";

export interface StakingPoolStatus {
  readonly poolAvailable: bigint;
  readonly totalStaked: bigint;
  readonly totalReserved: bigint;
  readonly stakedByTier: readonly { readonly tier: Tier; readonly staked: bigint }[];
}

/** The staking pool's figures in one multicall: free pool, total staked and reserved, staked per tier. */
export function useStakingPool() {
  const { chainId, scopeKey } = useScopeKey();
  const staking = getDeployedContract(appChain.chain.id, "DTAStaking");
  const base = staking ? { address: staking.address, abi: staking.abi, chainId } : undefined;
  const query = useReadContracts({
    contracts: base
      ? ([
          { ...base, functionName: "poolAvailable" },
          { ...base, functionName: "totalStaked" },
          { ...base, functionName: "totalReserved" },
          { ...base, functionName: "totalStakedByTier", args: [0] },
          { ...base, functionName: "totalStakedByTier", args: [1] },
          { ...base, functionName: "totalStakedByTier", args: [2] },
          { ...base, functionName: "totalStakedByTier", args: [3] },
          { ...base, functionName: "totalStakedByTier", args: [4] },
        ] as const)
      : [],
    allowFailure: false,
    scopeKey,
    query: { enabled: base !== undefined },
  });
  const values = query.data as readonly bigint[] | undefined;
  const data: StakingPoolStatus | undefined =
    values && values.length === 3 + TIERS.length
      ? {
          poolAvailable: values[0]!,
          totalStaked: values[1]!,
          totalReserved: values[2]!,
          stakedByTier: TIERS.map((tier, index) => ({ tier, staked: values[3 + index]! })),
        }
      : undefined;
  return { data, isError: query.isError, isPending: query.isPending, deployed: staking !== undefined };
}
