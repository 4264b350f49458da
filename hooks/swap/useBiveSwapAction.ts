"use client";

import { useCallback, useState } from "react";
import { useConfig } from "wagmi";
import { getAccount, readContract } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatAmount } from "@/lib/format";
import { BIVE_DECIMALS } from "@/lib/swap/quote";
import { dismissToast, showToast, updateToast } from "@/lib/toasts/store";
import { signPermit } from "../signPermit";
import { useDtaWrite } from "../useDtaWrite";
import type { TransactionOutcome } from "../useTransactor";

export type SwapStep = "idle" | "signing" | "approving" | "swapping";

/**
 * Swaps BIVE for DTA in one transaction: sign an EIP-2612 permit (the shared `signPermit`), then swapWithPermit
 * through the transactor. If the wallet can't sign the permit, falls back to approve (only when the allowance
 * is short) + swap. A rejected signature stops with nothing sent.
 */
export function useBiveSwapAction() {
  const config = useConfig();
  const { write: writeSwap } = useDtaWrite("BiveSwap");
  const { write: writeBive } = useDtaWrite("BIVE");
  const [step, setStep] = useState<SwapStep>("idle");

  const swap = useCallback(
    async (amount: bigint): Promise<TransactionOutcome> => {
      const description = `Swap ${formatAmount(amount, BIVE_DECIMALS)} BIVE for DTA`;
      try {
        setStep("signing");
        const toastId = showToast({
          kind: "info",
          title: description,
          message: "Sign the BIVE permit in your wallet…",
        });
        const signed = await signPermit(config, "BIVE", "BiveSwap", amount);
        if (!signed.ok && signed.error.kind === "rejected") {
          updateToast(toastId, { kind: "warning", title: "Request rejected", message: signed.error.message });
          return { status: "failed", error: signed.error };
        }
        dismissToast(toastId);
        if (signed.ok) {
          setStep("swapping");
          const { deadline, v, r, s } = signed.permit;
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
    [config, writeSwap, writeBive],
  );

  return { swap, step, isPending: step !== "idle" };
}
