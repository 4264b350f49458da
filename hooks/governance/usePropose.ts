"use client";

import { useCallback, useMemo } from "react";
import { parseEventLogs } from "viem";
import { useConfig } from "wagmi";
import { getTransactionReceipt } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import { COMMITTEE_NAMES } from "@/lib/governanceErrors";
import type { ContractOption } from "@/lib/governance/proposal";
import { useTxFlow } from "../useTxFlow";

export interface ProposalInput {
  readonly committee: number;
  readonly options: readonly ContractOption[];
  readonly description: string;
  readonly title: string;
}

/**
 * Creates a proposal through the shared flow: permit + ONE `proposeWithPermit`, or approve + `proposeWithCommittee`,
 * or just `proposeWithCommittee` when the allowance covers the deposit. Resolves with the new proposal's id.
 */
export function usePropose(input: ProposalInput | undefined, deposit: bigint | undefined) {
  const config = useConfig();
  const call = useMemo(
    () => ({
      functionName: "proposeWithCommittee",
      permitFunctionName: "proposeWithPermit",
      argsLabel: input
        ? `${COMMITTEE_NAMES[input.committee] ?? "?"}, ${input.options.length === 1 ? "For/Against/Abstain" : `${input.options.length} options`}, "${input.title}"`
        : "",
      short: "Propose",
    }),
    [input],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "DTAGovernor",
    amount: input ? deposit : undefined,
    amountLabel: deposit !== undefined ? `${formatDta(deposit)} DTA (the deposit)` : "",
    call,
  });
  const { run } = flow;
  const propose = useCallback(async (): Promise<bigint | undefined> => {
    if (!input || deposit === undefined) return undefined;
    const committee = input.committee;
    const options = input.options.map((o) => ({
      targets: [...o.targets],
      values: [...o.values],
      calldatas: [...o.calldatas],
    }));
    const outcome = await run({
      description: `Propose "${input.title}" with a ${formatDta(deposit)} DTA deposit`,
      call: { functionName: "proposeWithCommittee", args: [committee, options, input.description] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "proposeWithPermit",
        args: [committee, options, input.description, deadline, v, r, s],
      }),
    });
    if (outcome.status !== "confirmed") return undefined;
    const governor = getDeployedContract(appChain.chain.id, "DTAGovernor");
    if (!governor) return undefined;
    const receipt = await getTransactionReceipt(config, { hash: outcome.hash, chainId: appChain.chain.id });
    for (const log of parseEventLogs({ abi: governor.abi, logs: receipt.logs })) {
      if (log.eventName === "ProposalCreated") return log.args.proposalId;
    }
    return undefined;
  }, [input, deposit, run, config]);
  return { propose, plan: flow.plan, phase: flow.phase };
}
