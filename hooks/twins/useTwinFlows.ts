"use client";

import { useCallback, useMemo } from "react";
import { parseEventLogs } from "viem";
import { useConfig } from "wagmi";
import { getTransactionReceipt } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import { TWIN_BOND } from "@/lib/twins/validate";
import { useTxFlow } from "../useTxFlow";

async function eventArg<T>(
  config: ReturnType<typeof useConfig>,
  hash: `0x${string}`,
  pick: (logs: ReturnType<typeof parseTwinLogs>) => T | undefined,
): Promise<T | undefined> {
  const receipt = await getTransactionReceipt(config, { hash, chainId: appChain.chain.id });
  return pick(parseTwinLogs(receipt.logs));
}

function parseTwinLogs(logs: Parameters<typeof parseEventLogs>[0]["logs"]) {
  const registry = getDeployedContract(appChain.chain.id, "TwinRegistry");
  return registry ? parseEventLogs({ abi: registry.abi, logs }) : [];
}

export interface TwinRegistration {
  readonly typeId: number;
  readonly category: string;
  readonly metadataUri: string;
}

/**
 * Registers a twin through the shared flow: permit + ONE `registerWithPermit`, or approve + `register`, or just
 * `register` when the allowance covers the bond. Resolves with the new twin's id once confirmed.
 */
export function useRegisterTwin(input: TwinRegistration | undefined) {
  const config = useConfig();
  const call = useMemo(
    () => ({
      functionName: "register",
      permitFunctionName: "registerWithPermit",
      argsLabel: input ? `type ${input.typeId}, "${input.category}", ${input.metadataUri}` : "",
      short: "Register",
    }),
    [input],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "TwinRegistry",
    amount: input ? TWIN_BOND : undefined,
    amountLabel: `${formatDta(TWIN_BOND)} DTA`,
    call,
  });
  const { run } = flow;
  const register = useCallback(async (): Promise<bigint | undefined> => {
    if (!input) return undefined;
    const { typeId, category, metadataUri } = input;
    const outcome = await run({
      description: `Register a twin and lock its ${formatDta(TWIN_BOND)} DTA bond`,
      call: { functionName: "register", args: [typeId, category, metadataUri] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "registerWithPermit",
        args: [typeId, category, metadataUri, deadline, v, r, s],
      }),
    });
    if (outcome.status !== "confirmed") return undefined;
    return eventArg(config, outcome.hash, (logs) => {
      for (const log of logs) if (log.eventName === "TwinRegistered") return log.args.twinId;
      return undefined;
    });
  }, [input, run, config]);
  return { register, plan: flow.plan, phase: flow.phase };
}

/**
 * Buys simulation hours through the shared flow (permit + ONE `buySimulationWithPermit`, or approve + buy). The
 * rate shown is the most the buyer accepts: a rate raised after the quote is refused by the contract.
 */
export function useBuySimulation(twinId: bigint, hours: bigint | undefined, rate: bigint | undefined) {
  const config = useConfig();
  const amount = hours !== undefined && rate !== undefined ? hours * rate : undefined;
  const call = useMemo(
    () => ({
      functionName: "buySimulation",
      permitFunctionName: "buySimulationWithPermit",
      argsLabel:
        hours !== undefined && rate !== undefined
          ? `twin #${twinId}, ${hours} hours at ${formatDta(rate)} DTA`
          : "",
      short: "Buy",
    }),
    [twinId, hours, rate],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "TwinRegistry",
    amount,
    amountLabel: amount !== undefined ? `${formatDta(amount)} DTA` : "",
    call,
  });
  const { run } = flow;
  const buy = useCallback(async (): Promise<bigint | undefined> => {
    if (hours === undefined || rate === undefined || amount === undefined) return undefined;
    const outcome = await run({
      description: `Buy ${hours} simulation hours on twin #${twinId} for ${formatDta(amount)} DTA`,
      call: { functionName: "buySimulation", args: [twinId, hours, rate] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "buySimulationWithPermit",
        args: [twinId, hours, rate, deadline, v, r, s],
      }),
    });
    if (outcome.status !== "confirmed") return undefined;
    return eventArg(config, outcome.hash, (logs) => {
      for (const log of logs) if (log.eventName === "SimulationPurchased") return log.args.jobId;
      return undefined;
    });
  }, [twinId, hours, rate, amount, run, config]);
  return { buy, plan: flow.plan, phase: flow.phase };
}
