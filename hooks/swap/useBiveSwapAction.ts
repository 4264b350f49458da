"use client";

import { useCallback, useState } from "react";
import { useConfig } from "wagmi";
import { getAccount, getBlock, readContract, signTypedData } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { decodeTxError } from "@/lib/errors";
import { formatAmount } from "@/lib/format";
import { permitSignatureParts } from "@/lib/permit";
import { buildPermitTypedData, permitDeadline } from "@/lib/swap/permit";
import { BIVE_DECIMALS } from "@/lib/swap/quote";
import { dismissToast, showToast, updateToast } from "@/components/toasts/toastStore";
import { useDtaWrite } from "../useDtaWrite";
import type { TransactionOutcome } from "../useTransactor";

export type SwapStep = "idle" | "signing" | "approving" | "swapping";

type PermitResult =
  | {
      readonly kind: "signed";
      readonly deadline: bigint;
      readonly v: number;
      readonly r: `0x${string}`;
      readonly s: `0x${string}`;
    }
  | { readonly kind: "rejected"; readonly outcome: TransactionOutcome }
  | { readonly kind: "unavailable" };

/**
 * Swaps BIVE for DTA in one transaction: sign an EIP-2612 permit (nonce read fresh, deadline from the chain's
 * clock), then swapWithPermit through the transactor. If the wallet can't sign the permit, falls back to
 * approve (only when the allowance is short) + swap. A rejected signature stops with nothing sent.
 */
export function useBiveSwapAction() {
  const config = useConfig();
  const { write: writeSwap } = useDtaWrite("BiveSwap");
  const { write: writeBive } = useDtaWrite("BIVE");
  const [step, setStep] = useState<SwapStep>("idle");

  const signPermit = useCallback(
    async (amount: bigint, description: string): Promise<PermitResult> => {
      const chainId = appChain.chain.id;
      const bive = getDeployedContract(chainId, "BIVE");
      const swap = getDeployedContract(chainId, "BiveSwap");
      const owner = getAccount(config).address;
      if (!bive || !swap || !owner) return { kind: "unavailable" };
      const toastId = showToast({
        kind: "info",
        title: description,
        message: "Sign the BIVE permit in your wallet…",
      });
      try {
        const [nonce, block] = await Promise.all([
          readContract(config, {
            address: bive.address,
            abi: bive.abi,
            functionName: "nonces",
            args: [owner],
            chainId,
          }),
          getBlock(config, { chainId }),
        ]);
        const deadline = permitDeadline(block.timestamp);
        const typed = buildPermitTypedData({
          chainId,
          token: bive.address,
          owner,
          spender: swap.address,
          value: amount,
          nonce,
          deadline,
        });
        const signature = await signTypedData(config, { account: owner, ...typed });
        dismissToast(toastId);
        return { kind: "signed", deadline, ...permitSignatureParts(signature) };
      } catch (error) {
        const decoded = decodeTxError(error);
        if (decoded.kind === "rejected") {
          updateToast(toastId, { kind: "warning", title: "Request rejected", message: decoded.message });
          return { kind: "rejected", outcome: { status: "failed", error: decoded } };
        }
        dismissToast(toastId);
        return { kind: "unavailable" };
      }
    },
    [config],
  );

  const swap = useCallback(
    async (amount: bigint): Promise<TransactionOutcome> => {
      const description = `Swap ${formatAmount(amount, BIVE_DECIMALS)} BIVE for DTA`;
      try {
        setStep("signing");
        const permit = await signPermit(amount, description);
        if (permit.kind === "rejected") return permit.outcome;
        if (permit.kind === "signed") {
          setStep("swapping");
          const { deadline, v, r, s } = permit;
          return await writeSwap({
            functionName: "swapWithPermit",
            args: [amount, deadline, v, r, s],
            description,
          });
        }
        // No permit: the classic two transactions, skipping the approval when the allowance already covers it.
        const chainId = appChain.chain.id;
        const bive = getDeployedContract(chainId, "BIVE");
        const biveSwap = getDeployedContract(chainId, "BiveSwap");
        const owner = getAccount(config).address;
        if (bive && biveSwap && owner) {
          const allowance = await readContract(config, {
            address: bive.address,
            abi: bive.abi,
            functionName: "allowance",
            args: [owner, biveSwap.address],
            chainId,
          });
          if (allowance < amount) {
            setStep("approving");
            const approved = await writeBive({
              functionName: "approve",
              args: [biveSwap.address, amount],
              description: `Approve ${formatAmount(amount, BIVE_DECIMALS)} BIVE for the swap`,
            });
            if (approved.status !== "confirmed") return approved;
          }
        }
        setStep("swapping");
        return await writeSwap({ functionName: "swap", args: [amount], description });
      } finally {
        setStep("idle");
      }
    },
    [config, signPermit, writeSwap, writeBive],
  );

  return { swap, step, isPending: step !== "idle" };
}
