"use client";

import { useCallback, useMemo, useState } from "react";
import { zeroAddress } from "viem";
import { useConfig, useReadContracts } from "wagmi";
import { getDeployedContract, type ContractName } from "@/lib/contracts";
import { showToast, updateToast } from "@/lib/toasts/store";
import { planTx, type TxCallDescription, type TxIntent, type TxStep } from "@/lib/tx/plan";
import { runPlan } from "@/lib/tx/runPlan";
import { signPermit, type PermitSignature, type PermitSpender, type PermitToken } from "./signPermit";
import { useDtaWrite, type DtaWriteCall, type WriteFunctionName } from "./useDtaWrite";
import type { TransactionOutcome } from "./useTransactor";
import { useScopeKey } from "./useScopeKey";

/** What the user wants: `spender` pulls `amount` of `token` through the described call. */
export interface TxFlowWish<S extends PermitSpender> {
  readonly token: PermitToken;
  readonly spender: S;
  /** Undefined while the amount is not valid yet: there is no plan then. */
  readonly amount: bigint | undefined;
  readonly amountLabel: string;
  readonly call: TxCallDescription;
}

type SpenderCall<S extends PermitSpender> = Pick<
  DtaWriteCall<S, WriteFunctionName<S>>,
  "functionName" | "args" | "value"
>;

/** How to send the plan's call, with and without a permit, and how the flow is named in its toast. */
export interface TxFlowRun<S extends PermitSpender> {
  /** The toast's title and the final transaction's description, e.g. "Stake 1,500 DTA for 30 days". */
  readonly description: string;
  readonly call: SpenderCall<S>;
  readonly permitCall?: (permit: PermitSignature) => SpenderCall<S>;
  /** Contracts besides the spender and the token whose reads the call changes. */
  readonly affects?: readonly ContractName[];
}

export type TxFlowPhase = "idle" | "signing" | "approving" | "calling";

/**
 * Reads the allowance and the token's permit support (one multicall), keeps the plan for the review, and runs
 * it under ONE toast: sign permit → the call that takes it; or approve → call; or just the call when the
 * allowance covers it. If the wallet can't sign the permit (anything but the user's own "reject"), it falls
 * back to approve + call. A rejection anywhere stops with nothing more sent.
 */
export function useTxFlow<S extends PermitSpender>(wish: TxFlowWish<S>) {
  const config = useConfig();
  const { chainId, account, scopeKey } = useScopeKey();
  const spenderWrite = useDtaWrite(wish.spender);
  const tokenWrite = useDtaWrite(wish.token);
  const [phase, setPhase] = useState<TxFlowPhase>("idle");
  const token = getDeployedContract(chainId, wish.token);
  const spender = getDeployedContract(chainId, wish.spender);

  const reads = useReadContracts({
    contracts:
      token && spender
        ? ([
            {
              address: token.address,
              abi: token.abi,
              chainId,
              functionName: "allowance",
              args: [account ?? zeroAddress, spender.address],
            },
            { address: token.address, abi: token.abi, chainId, functionName: "eip712Domain" },
          ] as const)
        : [],
    scopeKey,
    query: { enabled: token !== undefined && spender !== undefined && account !== undefined },
  });
  const [allowanceRead, domainRead] = reads.data ?? [];
  const allowance = allowanceRead?.status === "success" ? (allowanceRead.result as bigint) : undefined;
  const permitName =
    domainRead?.status === "success" ? (domainRead.result as readonly unknown[])[1] : undefined;

  const { amount, amountLabel, call } = wish;
  const intent = useMemo((): TxIntent | undefined => {
    if (!token || !spender || amount === undefined || !reads.data) return undefined;
    return {
      token: {
        name: wish.token,
        address: token.address,
        permitName: typeof permitName === "string" ? permitName : wish.token,
      },
      spender: { name: wish.spender, address: spender.address },
      amount,
      amountLabel,
      allowance,
      permit: typeof permitName === "string",
      call,
    };
  }, [
    token,
    spender,
    amount,
    amountLabel,
    call,
    allowance,
    permitName,
    reads.data,
    wish.token,
    wish.spender,
  ]);
  const plan = useMemo(() => (intent ? planTx(intent) : undefined), [intent]);

  const run = useCallback(
    async (request: TxFlowRun<S>): Promise<TransactionOutcome> => {
      const stop = (message: string): TransactionOutcome => ({
        status: "failed",
        error: { kind: "unknown", message },
      });
      if (!intent || !plan) return stop("Still checking how to authorise this. Try again in a moment.");
      const { description } = request;
      const toastId = showToast({ kind: "info", title: description, message: "Preparing…" });
      const note = (place: string | undefined, step: TxStep) =>
        place ? `${place} (${step.short})` : undefined;
      try {
        const result = await runPlan(plan, intent, {
          signPermit: async (step, place) => {
            setPhase("signing");
            const message = `${place ? `${place}: ` : ""}${step.short} in your wallet…`;
            updateToast(toastId, { kind: "info", title: description, message });
            const signed = await signPermit(config, wish.token, wish.spender, intent.amount);
            return signed.ok
              ? signed
              : { ok: false, rejected: signed.error.kind === "rejected", error: signed.error };
          },
          onFallback: () =>
            updateToast(toastId, {
              kind: "info",
              title: description,
              message: "Your wallet can't sign a permit: approving the amount instead…",
            }),
          approve: (step, place) => {
            setPhase("approving");
            return tokenWrite.write({
              functionName: "approve",
              args: [intent.spender.address, intent.amount],
              description: `Approve ${intent.amountLabel} for ${wish.spender}`,
              affects: [],
              toastId,
              step: note(place, step),
            });
          },
          call: (step, place, permit) => {
            setPhase("calling");
            const send = permit && request.permitCall ? request.permitCall(permit) : request.call;
            return spenderWrite.write({
              ...send,
              description,
              affects: [wish.token, ...(request.affects ?? [])],
              toastId,
              step: note(place, step),
            });
          },
        });
        if (result.kind === "sent") return result.outcome;
        if (result.kind === "rejected") {
          updateToast(toastId, { kind: "warning", title: "Request rejected", message: result.error.message });
          return { status: "failed", error: result.error };
        }
        updateToast(toastId, { kind: "error", title: "Transaction failed", message: result.message });
        return stop(result.message);
      } finally {
        setPhase("idle");
      }
    },
    [config, intent, plan, spenderWrite, tokenWrite, wish.spender, wish.token],
  );

  return { plan, run, phase, isPending: phase !== "idle", isError: reads.isError };
}
