/**
 * DataContributions: submit (open and restricted), score (first score of a contributor, and a sixth score that
 * slides the 5-score bonus window), claim the reserved rewards, grant a buyer, and pay a premium (burn + platform
 * revenue + contributor in the same transaction). Dev account #2 contributes, #6 is the validator (the local
 * deploy's `dataValidator`), #3 buys; the clock does not move.
 */
import { encodeFunctionData, keccak256, parseUnits, toHex, type Address, type Hex } from "viem";
import type { GasCase, GasContext } from "./context.ts";

const PREMIUM = parseUnits("12.5", 4);
const MAX_UINT = 2n ** 256n - 1n;
const OPEN = 0;
const RESTRICTED = 1;

const state: { openId?: bigint; restrictedId?: bigint } = {};

const contributor = (ctx: GasContext): Address => ctx.account(2);
const validator = (ctx: GasContext): Address => ctx.account(6);
const buyer = (ctx: GasContext): Address => ctx.account(3);

async function send(ctx: GasContext, from: Address, data: Hex, to?: Address) {
  const hash = await ctx.walletClient.sendTransaction({
    to: to ?? ctx.contracts.DataContributions.address,
    data,
    account: from,
  });
  return ctx.confirm(hash);
}

function call(ctx: GasContext) {
  const abi = ctx.contracts.DataContributions.abi;
  return {
    submit: (label: string, licence: number, premium: bigint) =>
      encodeFunctionData({
        abi,
        functionName: "submit",
        args: [keccak256(toHex(`bench ${label}`)), 1, licence, premium],
      }),
    score: (id: bigint, value: number) =>
      encodeFunctionData({ abi, functionName: "score", args: [id, value] }),
  };
}

const count = (ctx: GasContext): Promise<bigint> =>
  ctx.publicClient.readContract({
    address: ctx.contracts.DataContributions.address,
    abi: ctx.contracts.DataContributions.abi,
    functionName: "contributionCount",
  });

export const dataCases: readonly GasCase[] = [
  {
    name: "Data submit() — open",
    note: "hash, category and licence stored; duplicate check",
    run: async (ctx) => {
      const receipt = await send(ctx, contributor(ctx), call(ctx).submit("open", OPEN, 0n));
      state.openId = await count(ctx);
      return receipt;
    },
  },
  {
    name: "Data submit() — restricted",
    note: "with a premium price",
    run: async (ctx) => {
      const receipt = await send(ctx, contributor(ctx), call(ctx).submit("restricted", RESTRICTED, PREMIUM));
      state.restrictedId = await count(ctx);
      return receipt;
    },
  },
  {
    name: "Data score() — first score, 1.5× reward",
    note: "reward reserved from the 40M pool; first slot of the bonus window",
    run: (ctx) => send(ctx, validator(ctx), call(ctx).score(state.openId!, 88)),
  },
  {
    name: "Data score() — sixth score (window slides)",
    note: "five earlier scores set up unmeasured; replaces the oldest of the last five",
    setup: async (ctx) => {
      for (let i = 0; i < 4; ++i) {
        await send(ctx, contributor(ctx), call(ctx).submit(`window ${i}`, OPEN, 0n));
        await send(ctx, validator(ctx), call(ctx).score(await count(ctx), 90));
      }
      await send(ctx, contributor(ctx), call(ctx).submit("window 5", OPEN, 0n));
    },
    run: async (ctx) => send(ctx, validator(ctx), call(ctx).score(await count(ctx), 97)),
  },
  {
    name: "Data claimRewards()",
    note: "every reserved reward of the contributor in one transfer",
    run: (ctx) =>
      send(
        ctx,
        contributor(ctx),
        encodeFunctionData({ abi: ctx.contracts.DataContributions.abi, functionName: "claimRewards" }),
      ),
  },
  {
    name: "Data grantAccess()",
    note: "the contributor approves a buyer for a restricted contribution",
    run: (ctx) =>
      send(
        ctx,
        contributor(ctx),
        encodeFunctionData({
          abi: ctx.contracts.DataContributions.abi,
          functionName: "grantAccess",
          args: [state.restrictedId!, buyer(ctx)],
        }),
      ),
  },
  {
    name: "Data payPremium()",
    note: "approve path (unmeasured approve); burn + platform revenue + contributor",
    setup: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const data = encodeFunctionData({
        abi,
        functionName: "approve",
        args: [ctx.contracts.DataContributions.address, MAX_UINT],
      });
      await send(ctx, buyer(ctx), data, address);
    },
    run: (ctx) =>
      send(
        ctx,
        buyer(ctx),
        encodeFunctionData({
          abi: ctx.contracts.DataContributions.abi,
          functionName: "payPremium",
          args: [state.restrictedId!, PREMIUM],
        }),
      ),
  },
];
