/** The batched read the app makes through Multicall3 (installed at its canonical address by the deploy). */
import { encodeFunctionData, multicall3Abi, type Address } from "viem";
import type { GasCase } from "./context.ts";

/** Same address as MULTICALL3_ADDRESS in hardhat/scripts/seed.ts (not imported: that module loads Hardhat). */
export const MULTICALL3_ADDRESS: Address = "0xcA11bde05977b3631167028862bE2a173976CA11";

export const multicallCases: readonly GasCase[] = [
  {
    name: "Multicall3 aggregate3 (5 DTA reads)",
    note: "read sent as a tx: includes 21k base + calldata",
    setup: async (ctx) => {
      const code = await ctx.publicClient.getCode({ address: MULTICALL3_ADDRESS });
      if (!code || code === "0x") throw new Error(`No Multicall3 code at ${MULTICALL3_ADDRESS}`);
    },
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAToken;
      const data = [
        encodeFunctionData({ abi, functionName: "totalSupply" }),
        encodeFunctionData({ abi, functionName: "totalBurned" }),
        encodeFunctionData({ abi, functionName: "paused" }),
        encodeFunctionData({ abi, functionName: "balanceOf", args: [ctx.account(0)] }),
        encodeFunctionData({ abi, functionName: "balanceOf", args: [ctx.account(1)] }),
      ];
      const hash = await ctx.walletClient.writeContract({
        address: MULTICALL3_ADDRESS,
        abi: multicall3Abi,
        functionName: "aggregate3",
        args: [data.map((callData) => ({ target: address, allowFailure: false, callData }))],
        account: ctx.account(0),
      });
      return ctx.confirm(hash);
    },
  },
];
