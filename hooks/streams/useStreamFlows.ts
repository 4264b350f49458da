"use client";

import { useCallback, useMemo } from "react";
import { parseEventLogs, type Address } from "viem";
import { useConfig } from "wagmi";
import { getTransactionReceipt } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta, shortAddress } from "@/lib/format";
import { useDtaWrite } from "../useDtaWrite";
import { useTxFlow } from "../useTxFlow";

export interface StreamOpening {
  readonly recipient: Address;
  readonly ratePerSecond: bigint;
  readonly deposit: bigint;
  /** The rate in words, e.g. "24 DTA per day". */
  readonly rateLabel: string;
}

/**
 * Opens a stream through the shared flow: permit + ONE `openWithPermit`, or approve + `open`, or just `open`
 * when the allowance covers the deposit. Resolves with the new stream's id.
 */
export function useOpenStream(input: StreamOpening | undefined) {
  const config = useConfig();
  const call = useMemo(
    () => ({
      functionName: "open",
      permitFunctionName: "openWithPermit",
      argsLabel: input
        ? `${shortAddress(input.recipient)}, ${input.rateLabel}, ${formatDta(input.deposit)} DTA deposit`
        : "",
      short: "Open the stream",
    }),
    [input],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "DTAStreams",
    amount: input?.deposit,
    amountLabel: input ? `${formatDta(input.deposit)} DTA` : "",
    call,
  });
  const { run } = flow;
  const open = useCallback(async (): Promise<bigint | undefined> => {
    if (!input) return undefined;
    const { recipient, ratePerSecond, deposit } = input;
    const outcome = await run({
      description: `Stream ${input.rateLabel} to ${shortAddress(recipient)} (${formatDta(deposit)} DTA deposit)`,
      call: { functionName: "open", args: [recipient, ratePerSecond, deposit] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "openWithPermit",
        args: [recipient, ratePerSecond, deposit, deadline, v, r, s],
      }),
    });
    if (outcome.status !== "confirmed") return undefined;
    const receipt = await getTransactionReceipt(config, { hash: outcome.hash, chainId: appChain.chain.id });
    const streams = getDeployedContract(appChain.chain.id, "DTAStreams");
    if (!streams) return undefined;
    for (const log of parseEventLogs({ abi: streams.abi, logs: receipt.logs })) {
      if (log.eventName === "StreamOpened") return log.args.streamId;
    }
    return undefined;
  }, [input, run, config]);
  return { open, plan: flow.plan, phase: flow.phase };
}

/** Tops a stream up through the shared flow (permit + ONE `depositWithPermit`, or approve + `deposit`). */
export function useTopUpStream(id: bigint, amount: bigint | undefined) {
  const call = useMemo(
    () => ({
      functionName: "deposit",
      permitFunctionName: "depositWithPermit",
      argsLabel: amount !== undefined ? `stream #${id}, ${formatDta(amount)} DTA` : "",
      short: "Top up",
    }),
    [id, amount],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "DTAStreams",
    amount,
    amountLabel: amount !== undefined ? `${formatDta(amount)} DTA` : "",
    call,
  });
  const { run } = flow;
  const topUp = useCallback(async (): Promise<boolean> => {
    if (amount === undefined) return false;
    const outcome = await run({
      description: `Top up stream #${id} with ${formatDta(amount)} DTA`,
      call: { functionName: "deposit", args: [id, amount] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "depositWithPermit",
        args: [id, amount, deadline, v, r, s],
      }),
    });
    return outcome.status === "confirmed";
  }, [id, amount, run]);
  return { topUp, plan: flow.plan, phase: flow.phase };
}

/** The stream's own writes that move no allowance: withdraw all, pause, resume, stop. */
export function useStreamControls(id: bigint) {
  const { write, isPending } = useDtaWrite("DTAStreams");
  const done = async (promise: ReturnType<typeof write>) => (await promise).status === "confirmed";
  return {
    isPending,
    withdrawAll: (to: Address) =>
      done(
        write({
          functionName: "withdrawMax",
          args: [id, to],
          description: `Withdraw what stream #${id} has paid`,
          affects: ["DTAToken"],
        }),
      ),
    pause: () =>
      done(write({ functionName: "pause", args: [id], description: `Pause stream #${id}`, affects: [] })),
    resume: () =>
      done(write({ functionName: "resume", args: [id], description: `Resume stream #${id}`, affects: [] })),
    stop: () =>
      done(
        write({
          functionName: "stop",
          args: [id],
          description: `Stop stream #${id}`,
          affects: ["DTAToken"],
        }),
      ),
  };
}
