"use client";

import type { ContractFunctionArgs, ContractFunctionName } from "viem";
import { useReadContract, type UseReadContractParameters, type UseReadContractReturnType } from "wagmi";
import { getDeployedContract, type ContractAbi, type ContractName } from "@/lib/contracts";
import { useScopeKey } from "./useScopeKey";

export type ReadFunctionName<N extends ContractName> = ContractFunctionName<ContractAbi<N>, "pure" | "view">;
export type ReadArgs<N extends ContractName, F extends ReadFunctionName<N>> = ContractFunctionArgs<
  ContractAbi<N>,
  "pure" | "view",
  F
>;

export interface UseDtaReadParameters<
  N extends ContractName,
  F extends ReadFunctionName<N>,
  A extends ReadArgs<N, F>,
> {
  readonly contractName: N;
  readonly functionName: F;
  readonly args?: A;
  /** False to hold the read (e.g. until an account is connected). */
  readonly enabled?: boolean;
}

/**
 * Reads a deployed contract by name on the app's chain. Function names and argument types come from the
 * generated ABI; the query key carries the chain id and the connected account.
 */
export function useDtaRead<
  N extends ContractName,
  F extends ReadFunctionName<N>,
  const A extends ReadArgs<N, F>,
>({
  contractName,
  functionName,
  args,
  enabled = true,
}: UseDtaReadParameters<N, F, A>): UseReadContractReturnType<ContractAbi<N>, F, A> {
  const { chainId, scopeKey } = useScopeKey();
  const contract = getDeployedContract(chainId, contractName);
  const parameters = {
    address: contract?.address,
    abi: contract?.abi,
    functionName,
    args,
    chainId,
    scopeKey,
    query: { enabled: enabled && contract !== undefined },
  } as UseReadContractParameters<ContractAbi<N>, F, A>;
  return useReadContract(parameters);
}
