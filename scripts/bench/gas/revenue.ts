/** Revenue: distribute() splits the DTA the RevenueDistributor holds (40% staking, 30% dev, 20% eco, 10% burn). */
import { parseUnits } from "viem";
import type { GasCase } from "./context.ts";

const REVENUE = parseUnits("10000", 4);

export const revenueCases: readonly GasCase[] = [
  {
    name: "Revenue distribute()",
    note: "10,000 DTA: 3 transfers (staking pool, dev, ecosystem) + 10% burn; first distribution",
    setup: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "transfer",
        args: [ctx.contracts.RevenueDistributor.address, REVENUE],
        account: ctx.account(0),
      });
      await ctx.confirm(hash);
    },
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.RevenueDistributor;
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "distribute",
        account: ctx.account(0),
      });
      return ctx.confirm(hash);
    },
  },
];
