"use client";

import { useCallback, useMemo } from "react";
import { parseEventLogs, type Address, type Hex } from "viem";
import { useConfig } from "wagmi";
import { getTransactionReceipt } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import { useTxFlow } from "../useTxFlow";
import { useDtaWrite } from "../useDtaWrite";

/** IDataContributions.Licence. */
export const LICENCE_OPEN = 0;
export const LICENCE_RESTRICTED = 1;

export interface ContributionInput {
  readonly dataHash: Hex;
  readonly categoryId: number;
  readonly licence: typeof LICENCE_OPEN | typeof LICENCE_RESTRICTED;
  readonly premiumPrice: bigint;
}

/** The DataContributions events in a confirmed transaction's receipt. */
async function dataLogs(config: ReturnType<typeof useConfig>, hash: `0x${string}`) {
  const receipt = await getTransactionReceipt(config, { hash, chainId: appChain.chain.id });
  const data = getDeployedContract(appChain.chain.id, "DataContributions");
  return data ? parseEventLogs({ abi: data.abi, logs: receipt.logs }) : [];
}

/** Submit, score, claim, grant and revoke: plain calls through the transactor. */
export function useDataWrites() {
  const config = useConfig();
  const { write, isPending } = useDtaWrite("DataContributions");

  const submit = useCallback(
    async (input: ContributionInput, description: string): Promise<bigint | undefined> => {
      const outcome = await write({
        functionName: "submit",
        args: [input.dataHash, input.categoryId, input.licence, input.premiumPrice],
        description,
        affects: [],
      });
      if (outcome.status !== "confirmed") return undefined;
      for (const log of await dataLogs(config, outcome.hash)) {
        if (log.eventName === "ContributionSubmitted") return log.args.contributionId;
      }
      return undefined;
    },
    [write, config],
  );

  const score = useCallback(
    async (id: bigint, quality: number) =>
      (
        await write({
          functionName: "score",
          args: [id, quality],
          description: `Score contribution #${id} ${quality}/100`,
          affects: [],
        })
      ).status === "confirmed",
    [write],
  );

  const claim = useCallback(
    async (amount: bigint) =>
      (
        await write({
          functionName: "claimRewards",
          args: [],
          description: `Claim ${formatDta(amount)} DTA of data rewards`,
          affects: ["DTAToken"],
        })
      ).status === "confirmed",
    [write],
  );

  const setAccess = useCallback(
    async (id: bigint, buyer: Address, grant: boolean) =>
      (
        await write({
          functionName: grant ? "grantAccess" : "revokeAccess",
          args: [id, buyer],
          description: `${grant ? "Approve" : "Revoke"} ${buyer.slice(0, 6)}…${buyer.slice(-4)} for contribution #${id}`,
          affects: [],
        })
      ).status === "confirmed",
    [write],
  );

  return { submit, score, claim, setAccess, isPending };
}

/**
 * Pays a restricted contribution's premium through the shared flow: permit + ONE `payPremiumWithPermit`, or
 * approve + `payPremium`, or just `payPremium` when the allowance covers it. The price shown is the most
 * accepted (a premium raised meanwhile is refused: PremiumAboveAccepted).
 */
export function useBuyAccess(id: bigint, price: bigint | undefined) {
  const call = useMemo(
    () => ({
      functionName: "payPremium",
      permitFunctionName: "payPremiumWithPermit",
      argsLabel: price !== undefined ? `contribution #${id}, ${formatDta(price)} DTA at most` : "",
      short: "Buy",
    }),
    [id, price],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "DataContributions",
    amount: price,
    amountLabel: price !== undefined ? `${formatDta(price)} DTA` : "",
    call,
  });
  const { run } = flow;
  const buy = useCallback(async (): Promise<boolean> => {
    if (price === undefined) return false;
    const outcome = await run({
      description: `Buy access to contribution #${id} for ${formatDta(price)} DTA`,
      call: { functionName: "payPremium", args: [id, price] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "payPremiumWithPermit",
        args: [id, price, deadline, v, r, s],
      }),
    });
    return outcome.status === "confirmed";
  }, [id, price, run]);
  return { buy, plan: flow.plan, phase: flow.phase };
}
