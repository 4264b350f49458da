"use client";

import { useCallback, useState } from "react";
import type { Abi, Address, ContractFunctionArgs, ContractFunctionName } from "viem";
import { appChain } from "@/lib/chains";
import { getDeployedContract, type ContractAbi, type ContractName } from "@/lib/contracts";
import { showToast, updateToast } from "@/lib/toasts/store";
import { useTransactor, type TransactionOutcome } from "./useTransactor";

export type WriteFunctionName<N extends ContractName> = ContractFunctionName<
  ContractAbi<N>,
  "nonpayable" | "payable"
>;
export type WriteArgs<N extends ContractName, F extends WriteFunctionName<N>> = ContractFunctionArgs<
  ContractAbi<N>,
  "nonpayable" | "payable",
  F
>;

export interface DtaWriteCall<N extends ContractName, F extends WriteFunctionName<N>> {
  readonly functionName: F;
  readonly args: WriteArgs<N, F>;
  readonly value?: bigint;
  readonly description: string;
  /**
   * The other contracts whose state the call changes (the written contract is always included), e.g. a
   * stake moves DTAToken balances too. Only their reads are refreshed after it confirms.
   */
  readonly affects: readonly ContractName[];
  /** Carry on this toast (a multi-step flow's) instead of opening one; see useTransactor. */
  readonly toastId?: number;
  readonly step?: string;
}

/** The addresses of the named contracts on the app's chain (the undeployed ones are skipped). */
export function addressesOf(names: readonly ContractName[]): Address[] {
  return names.flatMap((name) => getDeployedContract(appChain.chain.id, name)?.address ?? []);
}

/**
 * Writes to a deployed contract by name through the transactor. A wrong function name or argument is a
 * type error. `isPending` is true from the click until the receipt (or failure).
 */
export function useDtaWrite<N extends ContractName>(contractName: N) {
  const transact = useTransactor();
  const [isPending, setPending] = useState(false);

  const write = useCallback(
    async <F extends WriteFunctionName<N>>(call: DtaWriteCall<N, F>): Promise<TransactionOutcome> => {
      const contract = getDeployedContract(appChain.chain.id, contractName);
      if (!contract) {
        const message = `${contractName} isn't deployed on ${appChain.chain.name}.`;
        if (call.toastId !== undefined)
          updateToast(call.toastId, { kind: "error", title: "Transaction failed", message });
        else showToast({ kind: "error", title: "Transaction failed", message });
        return { status: "failed", error: { kind: "unknown", message } };
      }
      setPending(true);
      try {
        return await transact({
          address: contract.address,
          abi: contract.abi as Abi,
          functionName: call.functionName,
          args: call.args as readonly unknown[],
          value: call.value,
          description: call.description,
          affects: addressesOf([contractName, ...call.affects]),
          toastId: call.toastId,
          step: call.step,
        });
      } finally {
        setPending(false);
      }
    },
    [contractName, transact],
  );

  return { write, isPending };
}
