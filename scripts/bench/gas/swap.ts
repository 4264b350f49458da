/**
 * Legacy BIVE → DTA swap, by the two paths the UI offers: approve then swap (two transactions), or one
 * swapWithPermit transaction. Registered before any time-travelling case, so the 10% early bonus is paid.
 */
import { parseUnits, type Address, type Hex } from "viem";
import { permitSignatureParts, permitTypedData } from "../../../lib/permit.ts";
import type { GasCase, GasContext } from "./context.ts";

const BIVE_AMOUNT = parseUnits("1000", 18);

export interface PermitSignature {
  readonly deadline: bigint;
  readonly v: number;
  readonly r: Hex;
  readonly s: Hex;
}

/** Signs an EIP-2612 permit with the unlocked dev account `owner` (eth_signTypedData_v4 on the node). */
export async function signPermit(
  ctx: GasContext,
  token: { readonly address: Address; readonly name: string },
  owner: Address,
  spender: Address,
  value: bigint,
): Promise<PermitSignature> {
  const [nonce, block] = await Promise.all([
    // Every ERC20Permit token has DTA's `nonces(owner)`, so DTA's generated ABI serves BIVE too.
    ctx.publicClient.readContract({
      address: token.address,
      abi: ctx.contracts.DTAToken.abi,
      functionName: "nonces",
      args: [owner],
    }),
    ctx.publicClient.getBlock(),
  ]);
  const deadline = block.timestamp + 3600n;
  const domain = {
    name: token.name,
    version: "1",
    chainId: ctx.publicClient.chain.id,
    verifyingContract: token.address,
  };
  const typed = permitTypedData(domain, { owner, spender, value, nonce, deadline });
  const signature = await ctx.walletClient.signTypedData({ account: owner, ...typed });
  return { deadline, ...permitSignatureParts(signature) };
}

/** Fails the case (instead of mislabelling it) if the chain clock has already left the bonus window. */
async function assertBonusActive(ctx: GasContext): Promise<void> {
  const { address, abi } = ctx.contracts.BiveSwap;
  const active = await ctx.publicClient.readContract({ address, abi, functionName: "bonusActive" });
  if (!active)
    throw new Error("The 90-day early-bonus window is over: run the swap cases before time travel");
}

const measured: { approve?: bigint; swap?: bigint } = {};

export const swapCases: readonly GasCase[] = [
  {
    name: "BIVE approve (swap path, tx 1 of 2)",
    note: "BIVE allowance 0 → non-zero for BiveSwap",
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.BIVE;
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "approve",
        args: [ctx.contracts.BiveSwap.address, BIVE_AMOUNT],
        account: ctx.account(1),
      });
      const receipt = await ctx.confirm(hash);
      measured.approve = receipt.gasUsed;
      return receipt;
    },
  },
  {
    name: "BIVE swap (after approve, tx 2 of 2)",
    note: "1,000 BIVE → DTA + 10% early bonus (inside the 90-day window)",
    setup: assertBonusActive,
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.BiveSwap;
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "swap",
        args: [BIVE_AMOUNT],
        account: ctx.account(1),
      });
      const receipt = await ctx.confirm(hash);
      measured.swap = receipt.gasUsed;
      return receipt;
    },
  },
  {
    name: "BIVE approve + swap (total)",
    note: "sum of the two rows above",
    run: () => {
      if (measured.approve === undefined || measured.swap === undefined) {
        return Promise.reject(new Error("approve or swap row failed"));
      }
      return Promise.resolve({ gasUsed: measured.approve + measured.swap });
    },
  },
  {
    name: "BIVE swapWithPermit (one tx)",
    note: "1,000 BIVE, permit + swap + 10% early bonus; fresh swapper",
    setup: assertBonusActive,
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.BiveSwap;
      const owner = ctx.account(4);
      const bive = { address: ctx.contracts.BIVE.address, name: "BIVE (legacy)" };
      const { deadline, v, r, s } = await signPermit(ctx, bive, owner, address, BIVE_AMOUNT);
      const hash = await ctx.walletClient.writeContract({
        address,
        abi,
        functionName: "swapWithPermit",
        args: [BIVE_AMOUNT, deadline, v, r, s],
        account: owner,
      });
      return ctx.confirm(hash);
    },
  },
];
