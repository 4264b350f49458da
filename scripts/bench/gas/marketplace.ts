/**
 * AIMarketplace: list a service (100 DTA fee to platform revenue), pay for queries on the approve path and with
 * a permit (burn + platform revenue + provider in the same transaction), rate, post a response, and a payment
 * on a service that earns the provider bonus (5% reserved from the provider pool). Dev account #0 is the
 * provider, #1–#5 the payers; the clock does not move.
 */
import { encodeFunctionData, keccak256, parseUnits, toHex, type Address, type Hex } from "viem";
import type { GasCase, GasContext } from "./context.ts";
import { signPermit } from "./swap.ts";

const PRICE = parseUnits("0.25", 4);
const QUERIES = 10n;
const MAX_UINT = 2n ** 256n - 1n;

const state: { serviceId?: bigint; requestId?: bigint } = {};

const provider = (ctx: GasContext): Address => ctx.account(0);
const payer = (ctx: GasContext, n = 1): Address => ctx.account(n);

async function send(ctx: GasContext, from: Address, data: Hex, to?: Address) {
  const hash = await ctx.walletClient.sendTransaction({
    to: to ?? ctx.contracts.AIMarketplace.address,
    data,
    account: from,
  });
  return ctx.confirm(hash);
}

async function approve(ctx: GasContext, owner: Address) {
  const { address, abi } = ctx.contracts.DTAToken;
  const data = encodeFunctionData({
    abi,
    functionName: "approve",
    args: [ctx.contracts.AIMarketplace.address, MAX_UINT],
  });
  await send(ctx, owner, data, address);
}

function marketCall(ctx: GasContext) {
  const abi = ctx.contracts.AIMarketplace.abi;
  return {
    pay: (id: bigint) =>
      encodeFunctionData({ abi, functionName: "payForQueries", args: [id, QUERIES, PRICE] }),
    rate: (id: bigint, stars: number) => encodeFunctionData({ abi, functionName: "rate", args: [id, stars] }),
  };
}

function read<T>(ctx: GasContext, functionName: "serviceCount" | "requestCount"): Promise<T> {
  const { address, abi } = ctx.contracts.AIMarketplace;
  return ctx.publicClient.readContract({ address, abi, functionName } as never) as Promise<T>;
}

export const marketplaceCases: readonly GasCase[] = [
  {
    name: "Market listService()",
    note: "100 DTA listing fee to the RevenueDistributor + name, category and URI stored (allowance set beforehand)",
    setup: (ctx) => approve(ctx, provider(ctx)),
    run: async (ctx) => {
      const data = encodeFunctionData({
        abi: ctx.contracts.AIMarketplace.abi,
        functionName: "listService",
        args: ["Bench sentiment", 0, "ipfs://bench-service", PRICE],
      });
      const receipt = await send(ctx, provider(ctx), data);
      state.serviceId = await read<bigint>(ctx, "serviceCount");
      return receipt;
    },
  },
  {
    name: "Market payForQueries()",
    note: `${QUERIES} queries, the payer's first: request stored, 2% burned, 10% of the rest to platform revenue, the remainder to the provider`,
    setup: (ctx) => approve(ctx, payer(ctx)),
    run: async (ctx) => {
      const receipt = await send(ctx, payer(ctx), marketCall(ctx).pay(state.serviceId!));
      state.requestId = await read<bigint>(ctx, "requestCount");
      return receipt;
    },
  },
  {
    name: "Market payForQueriesWithPermit()",
    note: "the same payment with an EIP-2612 permit in one transaction (no prior approval)",
    run: async (ctx) => {
      const market = ctx.contracts.AIMarketplace;
      const token = { address: ctx.contracts.DTAToken.address, name: "Digital Twin AI Token" };
      const { deadline, v, r, s } = await signPermit(
        ctx,
        token,
        payer(ctx, 2),
        market.address,
        QUERIES * PRICE,
      );
      const data = encodeFunctionData({
        abi: market.abi,
        functionName: "payForQueriesWithPermit",
        args: [state.serviceId!, QUERIES, PRICE, deadline, v, r, s],
      });
      return send(ctx, payer(ctx, 2), data);
    },
  },
  {
    name: "Market rate()",
    note: "a payer's first rating: rating, sum and count stored",
    run: (ctx) => send(ctx, payer(ctx), marketCall(ctx).rate(state.serviceId!, 5)),
  },
  {
    name: "Market postResponse()",
    note: "the provider posts a request's response hash",
    run: (ctx) => {
      const data = encodeFunctionData({
        abi: ctx.contracts.AIMarketplace.abi,
        functionName: "postResponse",
        args: [state.requestId!, keccak256(toHex("bench response"))],
      });
      return send(ctx, provider(ctx), data);
    },
  },
  {
    name: "Market payForQueries() — provider bonus",
    note: "a service with 5 ratings averaging ≥ 4.0: the payment also reserves a 5% bonus from the provider pool",
    setup: async (ctx) => {
      const id = state.serviceId!;
      await send(ctx, payer(ctx, 2), marketCall(ctx).rate(id, 4));
      for (const n of [3, 4, 5]) {
        await approve(ctx, payer(ctx, n));
        await send(ctx, payer(ctx, n), marketCall(ctx).pay(id));
        await send(ctx, payer(ctx, n), marketCall(ctx).rate(id, 4));
      }
    },
    run: (ctx) => send(ctx, payer(ctx), marketCall(ctx).pay(state.serviceId!)),
  },
];
