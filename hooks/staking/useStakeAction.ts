"use client";

import { useCallback, useMemo } from "react";
import { parseEventLogs } from "viem";
import { useConfig } from "wagmi";
import { getTransactionReceipt } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import type { LockDays } from "@/lib/staking";
import { useTxFlow } from "../useTxFlow";

/**
 * Opens a position through the shared transaction flow: permit + ONE `stakeWithPermit`, or approve + `stake`,
 * or just `stake` when the allowance covers it. `plan` is what the review shows; `stake` resolves with the new
 * receipt's token id once confirmed, undefined when anything stopped it.
 */
export function useStakeAction(amount: bigint | undefined, lockDays: LockDays | undefined) {
  const config = useConfig();
  const args = amount !== undefined && lockDays ? `${formatDta(amount)} DTA, ${lockDays} days` : "";
  const call = useMemo(
    () => ({ functionName: "stake", permitFunctionName: "stakeWithPermit", argsLabel: args, short: "Stake" }),
    [args],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "DTAStaking",
    amount: lockDays ? amount : undefined,
    amountLabel: amount !== undefined ? `${formatDta(amount)} DTA` : "",
    call,
  });
  const { run } = flow;

  const stake = useCallback(async (): Promise<bigint | undefined> => {
    const chainId = appChain.chain.id;
    const staking = getDeployedContract(chainId, "DTAStaking");
    if (!staking || amount === undefined || !lockDays) return undefined;
    const days = BigInt(lockDays);
    const outcome = await run({
      description: `Stake ${formatDta(amount)} DTA for ${lockDays} days`,
      call: { functionName: "stake", args: [amount, days] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "stakeWithPermit",
        args: [amount, days, deadline, v, r, s],
      }),
    });
    if (outcome.status !== "confirmed") return undefined;
    const receipt = await getTransactionReceipt(config, { hash: outcome.hash, chainId });
    const [staked] = parseEventLogs({ abi: staking.abi, eventName: "Staked", logs: receipt.logs });
    return staked?.args.tokenId;
  }, [amount, lockDays, config, run]);

  return { stake, plan: flow.plan, phase: flow.phase, isError: flow.isError };
}
