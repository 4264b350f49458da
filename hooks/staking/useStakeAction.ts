"use client";

import { useCallback, useState } from "react";
import { parseEventLogs, type Hex } from "viem";
import { useConfig } from "wagmi";
import {
  getAccount,
  getBlock,
  getTransactionReceipt,
  readContract,
  signTypedData,
  switchChain,
} from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { decodeTxError } from "@/lib/errors";
import { formatDta } from "@/lib/format";
import { permitSignatureParts, permitTypedData } from "@/lib/permit";
import type { LockDays } from "@/lib/staking";
import { allDeployedAbis } from "@/lib/contracts";
import { showToast } from "@/components/toasts/toastStore";
import { useDtaWrite } from "../useDtaWrite";
import type { PermitMode } from "./useStakePreview";

export type StakePhase = "idle" | "signing" | "approving" | "staking";

/** Permits are short-lived: an hour of chain time is plenty to confirm the one transaction. */
const PERMIT_LIFETIME_SECONDS = 3_600n;

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

  const signPermit = useCallback(
    async (amount: bigint): Promise<{ deadline: bigint; v: number; r: Hex; s: Hex } | undefined> => {
      const chainId = appChain.chain.id;
      const token = getDeployedContract(chainId, "DTAToken");
      const staking = getDeployedContract(chainId, "DTAStaking");
      const account = getAccount(config);
      try {
        if (!token || !staking)
          throw new Error(`The staking contracts aren't deployed on ${appChain.chain.name}.`);
        if (!account.address) throw new Error("Connect a wallet first.");
        if (account.chainId !== chainId) await switchChain(config, { chainId });
        const owner = account.address;
        const [[, name, version, domainChainId, verifyingContract], nonce, block] = await Promise.all([
          readContract(config, {
            address: token.address,
            abi: token.abi,
            functionName: "eip712Domain",
            chainId,
          }),
          readContract(config, {
            address: token.address,
            abi: token.abi,
            functionName: "nonces",
            args: [owner],
            chainId,
          }),
          getBlock(config, { chainId }),
        ]);
        // The deadline is in chain time, which on a local chain can run ahead of the wall clock.
        const deadline = block.timestamp + PERMIT_LIFETIME_SECONDS;
        const typed = permitTypedData(
          { name, version, chainId: Number(domainChainId), verifyingContract },
          { owner, spender: staking.address, value: amount, nonce, deadline },
        );
        const signature = await signTypedData(config, { account: owner, ...typed });
        return { deadline, ...permitSignatureParts(signature) };
      } catch (error) {
        const decoded = decodeTxError(error, allDeployedAbis(chainId));
        showToast({
          kind: decoded.kind === "rejected" ? "warning" : "error",
          title: decoded.kind === "rejected" ? "Request rejected" : "Permit signature failed",
          message: decoded.message,
        });
        return undefined;
      }
    },
    [config],
  );

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
          const permit = await signPermit(amount);
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
    [config, signPermit, stakingWrite, tokenWrite],
  );

  return { stake, phase };
}
