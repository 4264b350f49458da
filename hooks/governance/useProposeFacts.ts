"use client";

import { zeroAddress } from "viem";
import { useReadContracts } from "wagmi";
import { getDeployedContract } from "@/lib/contracts";
import { useScopeKey } from "../useScopeKey";

/** The current values of the parameters the form can change, in the order the form shows them. */
export interface CurrentParameters {
  readonly serviceBurnBps?: bigint;
  readonly listingFee?: bigint;
  readonly minRatePerHour?: bigint;
  readonly maxRatePerHour?: bigint;
  readonly baseReward?: bigint;
  /** The timelock's DTA: what a treasury grant can give at most. */
  readonly treasury?: bigint;
}

export interface ProposeFacts {
  readonly current: CurrentParameters;
  readonly threshold?: bigint;
  readonly deposit?: bigint;
  readonly votes?: bigint;
  readonly balance?: bigint;
  readonly isError: boolean;
}

const big = (r: { status: string; result?: unknown } | undefined): bigint | undefined =>
  r?.status === "success" && typeof r.result === "bigint" ? r.result : undefined;

/**
 * One multicall for everything the proposal form shows and checks: the parameters' current values, the
 * timelock's DTA, the proposal threshold and deposit, and the connected account's votes and DTA balance.
 */
export function useProposeFacts(): ProposeFacts {
  const { chainId, account, scopeKey } = useScopeKey();
  const c = (name: Parameters<typeof getDeployedContract>[1]) => getDeployedContract(chainId, name);
  const fees = c("ServiceFees");
  const market = c("AIMarketplace");
  const twins = c("TwinRegistry");
  const data = c("DataContributions");
  const token = c("DTAToken");
  const timelock = c("DTATimelock");
  const governor = c("DTAGovernor");
  const staking = c("DTAStaking");
  const me = account ?? zeroAddress;
  const ready = fees && market && twins && data && token && timelock && governor && staking;
  const reads = useReadContracts({
    contracts: ready
      ? ([
          { address: fees.address, abi: fees.abi, chainId, functionName: "serviceBurnBps" },
          { address: market.address, abi: market.abi, chainId, functionName: "listingFee" },
          { address: twins.address, abi: twins.abi, chainId, functionName: "minRatePerHour" },
          { address: twins.address, abi: twins.abi, chainId, functionName: "maxRatePerHour" },
          { address: data.address, abi: data.abi, chainId, functionName: "baseReward" },
          {
            address: token.address,
            abi: token.abi,
            chainId,
            functionName: "balanceOf",
            args: [timelock.address],
          },
          { address: governor.address, abi: governor.abi, chainId, functionName: "proposalThreshold" },
          { address: governor.address, abi: governor.abi, chainId, functionName: "proposalDeposit" },
          { address: staking.address, abi: staking.abi, chainId, functionName: "getVotes", args: [me] },
          { address: token.address, abi: token.abi, chainId, functionName: "balanceOf", args: [me] },
        ] as const)
      : [],
    scopeKey,
    query: { enabled: ready !== undefined },
  });
  const r = reads.data ?? [];
  return {
    current: {
      serviceBurnBps: big(r[0]),
      listingFee: big(r[1]),
      minRatePerHour: big(r[2]),
      maxRatePerHour: big(r[3]),
      baseReward: big(r[4]),
      treasury: big(r[5]),
    },
    threshold: big(r[6]),
    deposit: big(r[7]),
    votes: account ? big(r[8]) : undefined,
    balance: account ? big(r[9]) : undefined,
    isError: reads.isError,
  };
}
