/**
 * TwinRegistry: register with a permit (bond 10,000 DTA, mint), record a sync (first, and a day later when it
 * settles and re-reserves), claim, buy a simulation, complete it (burn + platform revenue + owner), and reclaim
 * an expired job. The cases run last: they move the chain clock 1 + 1 + 7 days.
 */
import { encodeFunctionData, keccak256, parseUnits, toHex, type Address, type Hex } from "viem";
import type { GasCase, GasContext } from "./context.ts";
import { signPermit } from "./swap.ts";

const BOND = parseUnits("10000", 4);
const DAY = 86_400;
const HOURS = 10n;

const state: { twinId?: bigint; jobId?: bigint; expiredJobId?: bigint } = {};

const owner = (ctx: GasContext): Address => ctx.account(0);
const buyer = (ctx: GasContext): Address => ctx.account(1);

async function send(ctx: GasContext, from: Address, data: Hex, to?: Address) {
  const hash = await ctx.walletClient.sendTransaction({
    to: to ?? ctx.contracts.TwinRegistry.address,
    data,
    account: from,
  });
  return ctx.confirm(hash);
}

function registryCall(ctx: GasContext) {
  const abi = ctx.contracts.TwinRegistry.abi;
  return {
    sync: (id: bigint, label: string) =>
      encodeFunctionData({ abi, functionName: "recordSync", args: [id, keccak256(toHex(label))] }),
    claim: (id: bigint) => encodeFunctionData({ abi, functionName: "claimRewards", args: [id] }),
    buy: (id: bigint, rate: bigint) =>
      encodeFunctionData({ abi, functionName: "buySimulation", args: [id, HOURS, rate] }),
    complete: (jobId: bigint) =>
      encodeFunctionData({ abi, functionName: "completeJob", args: [jobId, keccak256(toHex("result"))] }),
    reclaim: (jobId: bigint) => encodeFunctionData({ abi, functionName: "reclaimJob", args: [jobId] }),
  };
}

function read<T>(ctx: GasContext, functionName: "twinCount" | "jobCount"): Promise<T>;
function read<T>(ctx: GasContext, functionName: "rateOf", args: readonly [bigint]): Promise<T>;
function read<T>(ctx: GasContext, functionName: string, args: readonly unknown[] = []): Promise<T> {
  const { address, abi } = ctx.contracts.TwinRegistry;
  return ctx.publicClient.readContract({ address, abi, functionName, args } as never) as Promise<T>;
}

async function buyJob(ctx: GasContext) {
  const twinId = state.twinId!;
  const rate = await read<bigint>(ctx, "rateOf", [twinId]);
  const receipt = await send(ctx, buyer(ctx), registryCall(ctx).buy(twinId, rate));
  return { receipt, jobId: await read<bigint>(ctx, "jobCount") };
}

export const twinCases: readonly GasCase[] = [
  {
    name: "Twin registerWithPermit()",
    note: "permit + 10,000 DTA bond pulled + ERC-721 mint + category and URI stored",
    run: async (ctx) => {
      const registry = ctx.contracts.TwinRegistry;
      const token = { address: ctx.contracts.DTAToken.address, name: "Digital Twin AI Token" };
      const { deadline, v, r, s } = await signPermit(ctx, token, owner(ctx), registry.address, BOND);
      const data = encodeFunctionData({
        abi: registry.abi,
        functionName: "registerWithPermit",
        args: [0, "Press lines", "ipfs://bench-twin", deadline, v, r, s],
      });
      const receipt = await send(ctx, owner(ctx), data);
      state.twinId = await read<bigint>(ctx, "twinCount");
      return receipt;
    },
  },
  {
    name: "Twin recordSync() — first",
    note: "opens a 7-day window and reserves its reward from the pool",
    run: (ctx) => send(ctx, owner(ctx), registryCall(ctx).sync(state.twinId!, "first")),
  },
  {
    name: "Twin recordSync() — 1 day later",
    note: "settles the day earned, releases the rest of the window, reserves a new one",
    setup: (ctx) => ctx.advanceTime(DAY),
    run: (ctx) => send(ctx, owner(ctx), registryCall(ctx).sync(state.twinId!, "second")),
  },
  {
    name: "Twin claimRewards()",
    note: "a day later: settles and pays the owner",
    setup: (ctx) => ctx.advanceTime(DAY),
    run: (ctx) => send(ctx, owner(ctx), registryCall(ctx).claim(state.twinId!)),
  },
  {
    name: "Twin buySimulation()",
    note: `${HOURS} hours at the default 0.1 DTA/h, escrowed (allowance set beforehand)`,
    setup: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "approve",
        args: [ctx.contracts.TwinRegistry.address, 2n ** 256n - 1n],
        account: buyer(ctx),
      });
      await ctx.confirm(hash);
    },
    run: async (ctx) => {
      const { receipt, jobId } = await buyJob(ctx);
      state.jobId = jobId;
      return receipt;
    },
  },
  {
    name: "Twin completeJob()",
    note: "2% service burn, 10% of the rest to the RevenueDistributor, the remainder to the owner",
    run: (ctx) => send(ctx, owner(ctx), registryCall(ctx).complete(state.jobId!)),
  },
  {
    name: "Twin reclaimJob()",
    note: "the buyer takes back an unfinished job's payment after its 7-day deadline (clock +7 days)",
    setup: async (ctx) => {
      state.expiredJobId = (await buyJob(ctx)).jobId;
      await ctx.advanceTime(7 * DAY + 1);
    },
    run: (ctx) => send(ctx, buyer(ctx), registryCall(ctx).reclaim(state.expiredJobId!)),
  },
];
