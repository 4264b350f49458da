"use client";

import { useCallback, useState } from "react";
import { parseEventLogs } from "viem";
import { useConfig } from "wagmi";
import { getTransactionReceipt } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import type { LockDays } from "@/lib/staking";
import { useDtaWrite } from "../useDtaWrite";
import { signStakingPermit } from "./signStakingPermit";
import type { PermitMode } from "./useStakePreview";

export type StakePhase = "idle" | "signing" | "approving" | "staking";

/**
 * Opens a position. With a permit: one EIP-712 signature (no gas) then ONE `stakeWithPermit` transaction
 * through the transactor. Without one: `approve` then `stake`, or just `stake` when the allowance covers it.
 * Resolves with the new receipt's token id once confirmed, undefined when anything stopped it.
 */
export function useStakeAction() {
  const config = useConfig();
  const stakingWrite = useDtaWrite("DTAStaking");
  const tokenWrite = useDtaWrite("DTAToken");
  const [phase, setPhase] = useState<StakePhase>("idle");

  const stake = useCallback(
    async (amount: bigint, lockDays: LockDays, mode: PermitMode): Promise<bigint | undefined> => {
      const chainId = appChain.chain.id;
      const staking = getDeployedContract(chainId, "DTAStaking");
      if (!staking) return undefined;
      const description = `Stake ${formatDta(amount)} DTA for ${lockDays} days`;
      try {
        let outcome;
        if (mode === "permit") {
          setPhase("signing");
          const permit = await signStakingPermit(config, amount);
          if (!permit) return undefined;
          setPhase("staking");
          outcome = await stakingWrite.write({
            functionName: "stakeWithPermit",
            args: [amount, BigInt(lockDays), permit.deadline, permit.v, permit.r, permit.s],
            description,
          });
        } else {
          if (mode === "approve") {
            setPhase("approving");
            const approved = await tokenWrite.write({
              functionName: "approve",
              args: [staking.address, amount],
              description: `Approve ${formatDta(amount)} DTA for staking`,
            });
            if (approved.status !== "confirmed") return undefined;
          }
          setPhase("staking");
          outcome = await stakingWrite.write({
            functionName: "stake",
            args: [amount, BigInt(lockDays)],
            description,
          });
        }
        if (outcome.status !== "confirmed") return undefined;
        const receipt = await getTransactionReceipt(config, { hash: outcome.hash, chainId });
        const [staked] = parseEventLogs({ abi: staking.abi, eventName: "Staked", logs: receipt.logs });
        return staked?.args.tokenId;
      } finally {
        setPhase("idle");
      }
    },
    [config, stakingWrite, tokenWrite],
  );

  return { stake, phase };
}
