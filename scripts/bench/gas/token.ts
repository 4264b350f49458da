/** DTA token operations a holder performs from the UI. */
import { parseUnits, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import type { GasCase, GasContext } from "./context.ts";
import { signPermit } from "./swap.ts";

const AMOUNT = parseUnits("100", 4);

function freshAddress(): Address {
  return privateKeyToAccount(generatePrivateKey()).address;
}

async function transfer(ctx: GasContext, from: Address, to: Address) {
  const { address, abi } = ctx.contracts.DTAToken;
  const hash = await ctx.walletClient.writeContract({
    address,
    abi,
    functionName: "transfer",
    args: [to, AMOUNT],
    account: from,
  });
  return ctx.confirm(hash);
}

async function approve(ctx: GasContext, owner: Address, spender: Address, value: bigint) {
  const { address, abi } = ctx.contracts.DTAToken;
  const hash = await ctx.walletClient.writeContract({
    address,
    abi,
    functionName: "approve",
    args: [spender, value],
    account: owner,
  });
  return ctx.confirm(hash);
}

export const tokenCases: readonly GasCase[] = [
  {
    name: "DTA transfer → new address",
    note: "recipient balance 0 → non-zero",
    run: (ctx) => transfer(ctx, ctx.account(0), freshAddress()),
  },
  {
    name: "DTA transfer → existing holder",
    note: "recipient already holds DTA",
    run: (ctx) => transfer(ctx, ctx.account(0), ctx.account(1)),
  },
  {
    name: "DTA approve",
    note: "allowance 0 → non-zero",
    run: (ctx) => approve(ctx, ctx.account(0), freshAddress(), AMOUNT),
  },
  {
    name: "DTA transferFrom",
    note: "spender moves part of its allowance",
    setup: async (ctx) => {
      await approve(ctx, ctx.account(0), ctx.account(3), AMOUNT * 10n);
    },
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "transferFrom",
        args: [ctx.account(0), ctx.account(1), AMOUNT],
        account: ctx.account(3),
      });
      return ctx.confirm(hash);
    },
  },
  {
    name: "DTA permit (EIP-2612)",
    note: "spender submits the owner's signature",
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const owner = ctx.account(0);
      const spender = ctx.account(4);
      const { deadline, v, r, s } = await signPermit(
        ctx,
        { address, name: "Digital Twin AI Token" },
        owner,
        spender,
        AMOUNT,
      );
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "permit",
        args: [owner, spender, AMOUNT, deadline, v, r, s],
        account: spender,
      });
      return ctx.confirm(hash);
    },
  },
  {
    name: "DTA burn",
    note: "holder burns own DTA",
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "burn",
        args: [AMOUNT],
        account: ctx.account(0),
      });
      return ctx.confirm(hash);
    },
  },
];
