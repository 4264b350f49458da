/**
 * Team vesting: anyone may call release(token) on a TeamVesting wallet (OpenZeppelin VestingWallet); the vested
 * DTA goes to the beneficiary. Registered after the staking cases, so the clock is already weeks past genesis.
 */
import { encodeFunctionData } from "viem";
import type { GasCase } from "./context.ts";

const DAY = 86_400n;
let vestedDays: bigint | undefined;

export const vestingCases: readonly GasCase[] = [
  {
    name: "Vesting release(DTA) (core team wallet)",
    get note() {
      const age = vestedDays === undefined ? "" : `, ${vestedDays} d into the 730-d vesting`;
      return `first release, called by a non-beneficiary${age}; beneficiary balance 0 → non-zero`;
    },
    setup: async (ctx) => {
      const { address, abi } = ctx.contracts.VestingCoreTeam;
      const start = await ctx.publicClient.readContract({ address, abi, functionName: "start" });
      const { timestamp } = await ctx.publicClient.getBlock();
      // Standalone runs have no earlier time travel: make sure something has vested.
      if (timestamp - start < DAY) await ctx.advanceTime(DAY);
      vestedDays = ((await ctx.publicClient.getBlock()).timestamp - start) / DAY;
    },
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.VestingCoreTeam;
      const data = encodeFunctionData({
        abi,
        functionName: "release",
        args: [ctx.contracts.DTAToken.address],
      });
      const hash = await ctx.walletClient.sendTransaction({ to: address, data, account: ctx.account(0) });
      return ctx.confirm(hash);
    },
  },
];
