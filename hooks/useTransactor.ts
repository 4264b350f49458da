"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Abi, Address, Hash } from "viem";
import { useConfig } from "wagmi";
import {
  getAccount,
  simulateContract,
  switchChain,
  waitForTransactionReceipt,
  writeContract,
} from "wagmi/actions";
import { appChain, explorerTxUrl } from "@/lib/chains";
import { allDeployedAbis } from "@/lib/contracts";
import { decodeTxError, type DecodedTxError } from "@/lib/errors";
import { tokenUnitResolverFor } from "@/lib/errorUnits";
import { showToast, updateToast } from "@/lib/toasts/store";
import { isAffectedQuery } from "@/lib/tx/affectedQueries";
import { reportConfirmedWrite } from "@/lib/wallet/demand";

/** One contract call, by address and ABI; useDtaWrite builds it with types from the generated map. */
export interface TransactionRequest {
  readonly address: Address;
  readonly abi: Abi;
  readonly functionName: string;
  readonly args: readonly unknown[];
  readonly value?: bigint;
  /** Shown in every toast, e.g. "Send 1,250 DTA". */
  readonly description: string;
  /** The contracts whose state this write changes: only their cached reads are refreshed once it confirms. */
  readonly affects: readonly Address[];
  /** A toast to carry on (one toast per multi-step flow, see useTxFlow) instead of opening a new one. */
  readonly toastId?: number;
  /** Where this transaction sits in its flow, e.g. "Step 2 of 2", put before the progress messages. */
  readonly step?: string;
}

export type TransactionOutcome =
  | { readonly status: "confirmed"; readonly hash: Hash }
  | { readonly status: "reverted"; readonly hash: Hash }
  | { readonly status: "failed"; readonly error: DecodedTxError; readonly hash?: Hash };

class PreflightError extends Error {}

/**
 * The one place that drives a write: connected and on the right chain → simulate → wallet signature →
 * pending toast with the hash → receipt → confirmed or failed toast, with reverts decoded to words.
 * "Confirmed" shows as soon as the receipt arrives; then only the reads of the contracts the write `affects`
 * (plus the latest block and gas balance) are refetched, and the outcome resolves once they are fresh.
 */
export function useTransactor(): (request: TransactionRequest) => Promise<TransactionOutcome> {
  const config = useConfig();
  const queryClient = useQueryClient();

  return useCallback(
    async (request: TransactionRequest): Promise<TransactionOutcome> => {
      const { description } = request;
      const chain = appChain.chain;
      const progress = (message: string) => (request.step ? `${request.step}: ${message}` : message);
      const checking = {
        kind: "info",
        title: description,
        message: progress("Checking the transaction…"),
      } as const;
      const toastId = request.toastId ?? showToast(checking);
      if (request.toastId !== undefined) updateToast(toastId, checking);
      const refresh = () =>
        queryClient.invalidateQueries({
          predicate: (query) => isAffectedQuery(query.queryKey, chain.id, request.affects),
        });
      let hash: Hash | undefined;
      try {
        const account = getAccount(config);
        if (!account.isConnected || !account.address) throw new PreflightError("Connect a wallet first.");
        if (account.chainId !== chain.id) {
          try {
            await switchChain(config, { chainId: chain.id });
          } catch {
            throw new PreflightError(`Switch your wallet to ${chain.name} first.`);
          }
        }
        const { request: simulated } = await simulateContract(config, {
          address: request.address,
          abi: request.abi,
          functionName: request.functionName,
          args: request.args,
          value: request.value,
          account: account.address,
          chainId: chain.id,
        });
        updateToast(toastId, {
          kind: "info",
          title: description,
          message: progress("Confirm the request in your wallet…"),
        });
        hash = await writeContract(config, simulated);
        updateToast(toastId, {
          kind: "pending",
          title: description,
          message: progress("Transaction sent. Waiting for confirmation…"),
          hash,
          href: explorerTxUrl(chain, hash),
        });
        const receipt = await waitForTransactionReceipt(config, { hash, chainId: chain.id });
        if (receipt.status !== "success") {
          updateToast(toastId, {
            kind: "error",
            title: "Transaction failed",
            message: `${description}: the transaction reverted on-chain.`,
            hash,
            href: explorerTxUrl(chain, hash),
          });
          await refresh();
          return { status: "reverted", hash };
        }
        updateToast(toastId, {
          kind: "success",
          title: "Transaction confirmed",
          message: `${description} — confirmed in block ${receipt.blockNumber}.`,
          hash,
          href: explorerTxUrl(chain, hash),
        });
        // Figures the server rendered (supply, pools) follow the write too: the page re-renders them.
        reportConfirmedWrite();
        await refresh();
        return { status: "confirmed", hash };
      } catch (error) {
        const decoded: DecodedTxError =
          error instanceof PreflightError
            ? { kind: "unknown", message: error.message }
            : decodeTxError(error, allDeployedAbis(chain.id), {
                contract: request.address,
                unitOf: tokenUnitResolverFor(chain.id),
              });
        updateToast(toastId, {
          kind: decoded.kind === "rejected" ? "warning" : "error",
          title: decoded.kind === "rejected" ? "Request rejected" : "Transaction failed",
          message: decoded.message,
          ...(hash ? { hash, href: explorerTxUrl(chain, hash) } : {}),
        });
        return { status: "failed", error: decoded, ...(hash ? { hash } : {}) };
      }
    },
    [config, queryClient],
  );
}
