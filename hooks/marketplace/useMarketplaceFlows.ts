"use client";

import { useCallback, useMemo } from "react";
import { parseEventLogs } from "viem";
import { useConfig } from "wagmi";
import { getTransactionReceipt } from "wagmi/actions";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import { SERVICE_CATEGORIES } from "@/lib/indexer/marketplaceTypes";
import { useTxFlow } from "../useTxFlow";

/** The marketplace events in a confirmed transaction's receipt. */
async function marketplaceLogs(config: ReturnType<typeof useConfig>, hash: `0x${string}`) {
  const receipt = await getTransactionReceipt(config, { hash, chainId: appChain.chain.id });
  const market = getDeployedContract(appChain.chain.id, "AIMarketplace");
  return market ? parseEventLogs({ abi: market.abi, logs: receipt.logs }) : [];
}

export interface ServiceListing {
  readonly name: string;
  readonly categoryId: number;
  readonly metadataUri: string;
  readonly pricePerQuery: bigint;
}

/**
 * Lists a service through the shared flow: permit + ONE `listServiceWithPermit`, or approve + `listService`, or
 * just `listService` when the allowance covers the listing fee. Resolves with the new service's id.
 */
export function useListService(input: ServiceListing | undefined, listingFee: bigint | undefined) {
  const config = useConfig();
  const call = useMemo(
    () => ({
      functionName: "listService",
      permitFunctionName: "listServiceWithPermit",
      argsLabel: input
        ? `"${input.name}", ${SERVICE_CATEGORIES[input.categoryId] ?? input.categoryId}, ${formatDta(input.pricePerQuery)} DTA per query`
        : "",
      short: "List",
    }),
    [input],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "AIMarketplace",
    amount: input ? listingFee : undefined,
    amountLabel: listingFee !== undefined ? `${formatDta(listingFee)} DTA` : "",
    call,
  });
  const { run } = flow;
  const list = useCallback(async (): Promise<bigint | undefined> => {
    if (!input || listingFee === undefined) return undefined;
    const { name, categoryId, metadataUri, pricePerQuery } = input;
    const outcome = await run({
      description: `List "${name}" for ${formatDta(listingFee)} DTA`,
      call: { functionName: "listService", args: [name, categoryId, metadataUri, pricePerQuery] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "listServiceWithPermit",
        args: [name, categoryId, metadataUri, pricePerQuery, deadline, v, r, s],
      }),
    });
    if (outcome.status !== "confirmed") return undefined;
    for (const log of await marketplaceLogs(config, outcome.hash)) {
      if (log.eventName === "ServiceListed") return log.args.serviceId;
    }
    return undefined;
  }, [input, listingFee, run, config]);
  return { list, plan: flow.plan, phase: flow.phase };
}

/**
 * Pays for queries through the shared flow (permit + ONE `payForQueriesWithPermit`, or approve + pay). The price
 * passed is the one shown, and it is the most the payer accepts: a price raised after the quote is refused by
 * the contract (PriceAboveAccepted).
 */
export function usePayForQueries(serviceId: bigint, queries: bigint | undefined, price: bigint | undefined) {
  const config = useConfig();
  const amount = queries !== undefined && price !== undefined ? queries * price : undefined;
  const call = useMemo(
    () => ({
      functionName: "payForQueries",
      permitFunctionName: "payForQueriesWithPermit",
      argsLabel:
        queries !== undefined && price !== undefined
          ? `service #${serviceId}, ${queries} queries at ${formatDta(price)} DTA at most`
          : "",
      short: "Pay",
    }),
    [serviceId, queries, price],
  );
  const flow = useTxFlow({
    token: "DTAToken",
    spender: "AIMarketplace",
    amount,
    amountLabel: amount !== undefined ? `${formatDta(amount)} DTA` : "",
    call,
  });
  const { run } = flow;
  const pay = useCallback(async (): Promise<bigint | undefined> => {
    if (queries === undefined || price === undefined || amount === undefined) return undefined;
    const outcome = await run({
      description: `Pay ${formatDta(amount)} DTA for ${queries} ${queries === 1n ? "query" : "queries"} of service #${serviceId}`,
      call: { functionName: "payForQueries", args: [serviceId, queries, price] },
      permitCall: ({ deadline, v, r, s }) => ({
        functionName: "payForQueriesWithPermit",
        args: [serviceId, queries, price, deadline, v, r, s],
      }),
    });
    if (outcome.status !== "confirmed") return undefined;
    for (const log of await marketplaceLogs(config, outcome.hash)) {
      if (log.eventName === "QueriesPaid") return log.args.requestId;
    }
    return undefined;
  }, [serviceId, queries, price, amount, run, config]);
  return { pay, plan: flow.plan, phase: flow.phase };
}
