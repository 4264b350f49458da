/**
 * DTAStreams as real transactions (what a user pays: 21,000 intrinsic gas, calldata, cold storage): open a stream
 * (NFT mint + deposit) on the approve path and with a permit, top up, withdraw, pause, resume, and stop (pay the
 * recipient + refund the payer). Dev account #4 pays, #5 receives; the clock moves 1 hour. Sablier Flow's own
 * measuring method is the harness's table (hardhat/bench/StreamsGasHarness.t.sol).
 */
import { encodeFunctionData, parseUnits, type Address, type Hex } from "viem";
import type { GasCase, GasContext } from "./context.ts";
import { signPermit } from "./swap.ts";

const RATE = parseUnits("0.001", 18); // 0.001 DTA per second
const DEPOSIT = parseUnits("100", 4);
const MAX_UINT = 2n ** 256n - 1n;

const state: { streamId?: bigint } = {};

const payer = (ctx: GasContext): Address => ctx.account(4);
const recipient = (ctx: GasContext): Address => ctx.account(5);

async function send(ctx: GasContext, from: Address, data: Hex, to?: Address) {
  const hash = await ctx.walletClient.sendTransaction({
    to: to ?? ctx.contracts.DTAStreams.address,
    data,
    account: from,
  });
  return ctx.confirm(hash);
}

const encode = (ctx: GasContext) => {
  const abi = ctx.contracts.DTAStreams.abi;
  return {
    open: () => encodeFunctionData({ abi, functionName: "open", args: [recipient(ctx), RATE, DEPOSIT] }),
    deposit: (id: bigint) => encodeFunctionData({ abi, functionName: "deposit", args: [id, DEPOSIT] }),
    withdraw: (id: bigint, amount: bigint) =>
      encodeFunctionData({ abi, functionName: "withdraw", args: [id, recipient(ctx), amount] }),
    pause: (id: bigint) => encodeFunctionData({ abi, functionName: "pause", args: [id] }),
    resume: (id: bigint) => encodeFunctionData({ abi, functionName: "resume", args: [id] }),
    stop: (id: bigint) => encodeFunctionData({ abi, functionName: "stop", args: [id] }),
  };
};

const streamCount = (ctx: GasContext): Promise<bigint> =>
  ctx.publicClient.readContract({
    address: ctx.contracts.DTAStreams.address,
    abi: ctx.contracts.DTAStreams.abi,
    functionName: "streamCount",
  });

export const streamCases: readonly GasCase[] = [
  {
    name: "Stream open() — first stream to a recipient",
    note: "approve path (unmeasured approve); ERC-721 mint + 100 DTA deposit",
    setup: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const data = encodeFunctionData({
        abi,
        functionName: "approve",
        args: [ctx.contracts.DTAStreams.address, MAX_UINT],
      });
      await send(ctx, payer(ctx), data, address);
    },
    run: async (ctx) => {
      const receipt = await send(ctx, payer(ctx), encode(ctx).open());
      state.streamId = await streamCount(ctx);
      return receipt;
    },
  },
  {
    name: "Stream open() — second stream",
    note: "the recipient already holds a stream NFT",
    run: (ctx) => send(ctx, payer(ctx), encode(ctx).open()),
  },
  {
    name: "Stream openWithPermit()",
    note: "permit + open in one transaction (dev account #3 pays)",
    run: async (ctx) => {
      const streams = ctx.contracts.DTAStreams;
      const from = ctx.account(3);
      const token = { address: ctx.contracts.DTAToken.address, name: "Digital Twin AI Token" };
      const { deadline, v, r, s } = await signPermit(ctx, token, from, streams.address, DEPOSIT);
      const data = encodeFunctionData({
        abi: streams.abi,
        functionName: "openWithPermit",
        args: [recipient(ctx), RATE, DEPOSIT, deadline, v, r, s],
      });
      return send(ctx, from, data);
    },
  },
  {
    name: "Stream deposit() — top up",
    run: (ctx) => send(ctx, payer(ctx), encode(ctx).deposit(state.streamId!)),
  },
  {
    name: "Stream withdraw() — 1 hour accrued",
    note: "the recipient withdraws part of 3.6 DTA accrued (clock +1 hour first)",
    setup: (ctx) => ctx.advanceTime(3_600),
    run: (ctx) => send(ctx, recipient(ctx), encode(ctx).withdraw(state.streamId!, parseUnits("2", 4))),
  },
  {
    name: "Stream pause()",
    run: (ctx) => send(ctx, payer(ctx), encode(ctx).pause(state.streamId!)),
  },
  {
    name: "Stream resume()",
    run: (ctx) => send(ctx, payer(ctx), encode(ctx).resume(state.streamId!)),
  },
  {
    name: "Stream stop() — by the payer",
    note: "accrued to the recipient + the rest refunded",
    run: (ctx) => send(ctx, payer(ctx), encode(ctx).stop(state.streamId!)),
  },
];
