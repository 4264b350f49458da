"use client";

import { zeroAddress } from "viem";
import { useReadContracts } from "wagmi";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { BONUSES, lockIndexOf, type LockDays } from "@/lib/staking";
import { useScopeKey } from "../useScopeKey";

export interface BonusStatus {
  readonly kind: (typeof BONUSES)[number]["kind"];
  readonly label: string;
  readonly percent: number;
  readonly eligible: boolean;
  /** Whether governance has set the contract that decides this bonus. */
  readonly sourceSet: boolean;
}

/** The ecosystem bonuses `account` qualifies for now, read from DTAStaking (`bonusesOf`, `bonusSource`). */
export function useStakingBonuses() {
  const { chainId, account, scopeKey } = useScopeKey();
  const staking = getDeployedContract(appChain.chain.id, "DTAStaking");
  const base = staking ? { address: staking.address, abi: staking.abi, chainId } : undefined;
  const query = useReadContracts({
    contracts: base
      ? ([
          { ...base, functionName: "bonusesOf", args: [account ?? zeroAddress] },
          { ...base, functionName: "bonusSource", args: [0] },
          { ...base, functionName: "bonusSource", args: [1] },
          { ...base, functionName: "bonusSource", args: [2] },
          { ...base, functionName: "bonusSource", args: [3] },
        ] as const)
      : [],
    allowFailure: false,
    scopeKey,
    query: { enabled: base !== undefined && account !== undefined },
  });
  const data = query.data as readonly unknown[] | undefined;
  const eligibility = data?.[0] as readonly [readonly boolean[], bigint] | undefined;
  const bonuses: BonusStatus[] | undefined =
    data && eligibility
      ? BONUSES.map((bonus, index) => ({
          kind: bonus.kind,
          label: bonus.label,
          percent: bonus.percent,
          eligible: eligibility[0][index] === true,
          sourceSet: data[1 + index] !== zeroAddress,
        }))
      : undefined;
  return { bonuses, bonusPercent: eligibility?.[1], isError: query.isError };
}

/** What the contract says a stake of `amount` at `lockDays` gets now: effective APY and reward at unlock. */
export function useStakeQuote(amount: bigint | undefined, lockDays: LockDays | undefined) {
  const { chainId, account, scopeKey } = useScopeKey();
  const staking = getDeployedContract(appChain.chain.id, "DTAStaking");
  const ready =
    staking !== undefined && account !== undefined && amount !== undefined && lockDays !== undefined;
  const args = [account ?? zeroAddress, amount ?? 0n, BigInt(lockDays ? lockIndexOf(lockDays) : 0)] as const;
  const base = staking ? { address: staking.address, abi: staking.abi, chainId } : undefined;
  const query = useReadContracts({
    contracts: base
      ? ([
          { ...base, functionName: "effectiveApyBps", args },
          { ...base, functionName: "previewReward", args },
          { ...base, functionName: "poolAvailable" },
        ] as const)
      : [],
    allowFailure: false,
    scopeKey,
    query: { enabled: ready },
  });
  const values = query.data as readonly bigint[] | undefined;
  return {
    apyBps: values?.[0],
    reward: values?.[1],
    poolAvailable: values?.[2],
    isError: query.isError,
    isPending: ready && query.isPending,
  };
}
