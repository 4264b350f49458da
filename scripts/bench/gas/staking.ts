/**
 * DTAStaking: the position lifecycle (stake, top-up, claim, compound, unstake, delegate), then claim gas with 1 vs
 * 1,000 other positions open, then a poke once the topped-up position has unlocked. Cases run in order and move
 * the chain clock (7 + 30 + 1 + 1 + 52 days), so they are
 * registered after the swap cases. These are real transactions (21,000 intrinsic gas, cold storage, one block
 * each); Tally Staker's published figures are measured inside one test transaction, so they are compared with
 * DTAStaking measured the same way in ./harness.ts.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { encodeFunctionData, parseUnits, type Abi, type Address, type Hex } from "viem";
import type { GasCase, GasContext } from "./context.ts";
import { MULTICALL3_ADDRESS } from "./multicall.ts";
import { signPermit } from "./swap.ts";

const DTA = (whole: string): bigint => parseUnits(whole, 4);
const STAKE = DTA("10000");
const OTHER_STAKE = DTA("1000"); // Bronze minimum: the 1,000 other positions
const OTHERS = 1_000;
const BATCH = 50; // positions per BatchStaker tx (keeps each tx far below the block gas limit)
const DAY = 86_400;
const BATCH_STAKER_ARTIFACT = "hardhat/artifacts/contracts/mocks/BatchStaker.sol/BatchStaker.json";

/** Token ids opened by the cases, and the two claim figures compared by the last row. */
const state: {
  first?: bigint;
  second?: bigint;
  permitted?: bigint;
  claimant?: bigint;
  othersOpen?: number;
  claimGas: number[];
} = { claimGas: [] };

async function send(ctx: GasContext, from: Address, data: Hex, to?: Address, gas?: bigint) {
  const hash = await ctx.walletClient.sendTransaction({
    to: to ?? ctx.contracts.DTAStaking.address,
    data,
    account: from,
    gas,
  });
  return ctx.confirm(hash);
}

function stakingData(ctx: GasContext) {
  const abi = ctx.contracts.DTAStaking.abi;
  return {
    stake: (amount: bigint, lockDays: number) =>
      encodeFunctionData({ abi, functionName: "stake", args: [amount, BigInt(lockDays)] }),
    claim: (id: bigint) => encodeFunctionData({ abi, functionName: "claim", args: [id] }),
    stakeMore: (id: bigint, amount: bigint) =>
      encodeFunctionData({ abi, functionName: "stakeMore", args: [id, amount] }),
    compound: (id: bigint) => encodeFunctionData({ abi, functionName: "compound", args: [id] }),
    unstake: (id: bigint) => encodeFunctionData({ abi, functionName: "unstake", args: [id] }),
    unstakeEarly: (id: bigint) => encodeFunctionData({ abi, functionName: "unstakeEarly", args: [id] }),
    delegate: (to: Address) => encodeFunctionData({ abi, functionName: "delegate", args: [to] }),
    poke: (id: bigint) => encodeFunctionData({ abi, functionName: "poke", args: [id] }),
  };
}

async function approveDta(ctx: GasContext, owner: Address, spender: Address, value: bigint) {
  const { address, abi } = ctx.contracts.DTAToken;
  await send(
    ctx,
    owner,
    encodeFunctionData({ abi, functionName: "approve", args: [spender, value] }),
    address,
  );
}

async function transferDta(ctx: GasContext, from: Address, to: Address, value: bigint) {
  const { address, abi } = ctx.contracts.DTAToken;
  await send(ctx, from, encodeFunctionData({ abi, functionName: "transfer", args: [to, value] }), address);
}

/** The id of the position the last stake opened. */
async function lastTokenId(ctx: GasContext): Promise<bigint> {
  const { address, abi } = ctx.contracts.DTAStaking;
  return ctx.publicClient.readContract({ address, abi, functionName: "totalPositionsOpened" });
}

/** Open positions (receipts that still exist), counted with one Multicall3 read over every id ever minted. */
async function openPositions(ctx: GasContext): Promise<number> {
  const { address, abi } = ctx.contracts.DTAStaking;
  const last = Number(await lastTokenId(ctx));
  const results = await ctx.publicClient.multicall({
    contracts: Array.from({ length: last }, (_, i) => ({
      address,
      abi,
      functionName: "ownerOf" as const,
      args: [BigInt(i + 1)] as const,
    })),
    multicallAddress: MULTICALL3_ADDRESS,
    batchSize: 0,
  });
  return results.filter((r) => r.status === "success").length;
}

function required(id: bigint | undefined, what: string): bigint {
  if (id === undefined) throw new Error(`No ${what} position: an earlier staking row failed`);
  return id;
}

/** Opens `count` Bronze positions owned by a BatchStaker contract, BATCH per transaction, funded by #0. */
async function openOtherPositions(ctx: GasContext, count: number): Promise<void> {
  const artifact = JSON.parse(await readFile(path.resolve(BATCH_STAKER_ARTIFACT), "utf8")) as {
    abi: Abi;
    bytecode: Hex;
  };
  const funder = ctx.account(0);
  const deployHash = await ctx.walletClient.deployContract({
    abi: artifact.abi,
    bytecode: artifact.bytecode,
    account: funder,
  });
  const batchStaker = (await ctx.confirm(deployHash)).contractAddress;
  if (!batchStaker) throw new Error("BatchStaker deployment returned no address");
  await transferDta(ctx, funder, batchStaker, OTHER_STAKE * BigInt(count));
  for (let opened = 0; opened < count; opened += BATCH) {
    const n = Math.min(BATCH, count - opened);
    const data = encodeFunctionData({
      abi: artifact.abi,
      functionName: "stakeMany",
      args: [ctx.contracts.DTAStaking.address, ctx.contracts.DTAToken.address, n, OTHER_STAKE, 365],
    });
    await send(ctx, funder, data, batchStaker, 15_000_000n);
  }
}

/** Claims the claimant position one day after `setup`, recording the gas for the comparison row. */
async function measuredClaim(ctx: GasContext) {
  const receipt = await send(
    ctx,
    ctx.account(2),
    stakingData(ctx).claim(required(state.claimant, "claimant")),
  );
  state.claimGas.push(Number(receipt.gasUsed));
  return receipt;
}

/** Seconds until the position `id` unlocks (0 when it already has). */
async function secondsToUnlock(ctx: GasContext, id: bigint): Promise<bigint> {
  const { address, abi } = ctx.contracts.DTAStaking;
  const { unlock } = await ctx.publicClient.readContract({
    address,
    abi,
    functionName: "position",
    args: [id],
  });
  const { timestamp } = await ctx.publicClient.getBlock();
  return unlock > timestamp ? unlock - timestamp : 0n;
}

const othersNote = (): string =>
  state.othersOpen === undefined
    ? ""
    : `${state.othersOpen.toLocaleString("en-US")} other position${state.othersOpen === 1 ? "" : "s"} open`;

export const stakingCases: readonly GasCase[] = [
  {
    name: "Stake: first (fresh staker, NFT mint)",
    note: "10,000 DTA / 30 d; contract already has #0's position; mints receipt + self-delegates",
    setup: async (ctx) => {
      // Another staker opens the contract's first position, so this row is a fresh staker, not a fresh contract.
      const warmUp = ctx.account(0);
      await approveDta(ctx, warmUp, ctx.contracts.DTAStaking.address, STAKE);
      await send(ctx, warmUp, stakingData(ctx).stake(STAKE, 365));
      await approveDta(ctx, ctx.account(2), ctx.contracts.DTAStaking.address, STAKE * 2n);
    },
    run: async (ctx) => {
      const receipt = await send(ctx, ctx.account(2), stakingData(ctx).stake(STAKE, 30));
      state.first = await lastTokenId(ctx);
      return receipt;
    },
  },
  {
    name: "Stake: further (2nd position, same staker)",
    note: "10,000 DTA / 90 d, second receipt minted",
    run: async (ctx) => {
      const receipt = await send(ctx, ctx.account(2), stakingData(ctx).stake(STAKE, 90));
      state.second = await lastTokenId(ctx);
      return receipt;
    },
  },
  {
    name: "Stake more (top up an existing position)",
    note: "stakeMore: +10,000 DTA into the 90-d position above, no NFT mint; its 90-d lock restarts",
    setup: (ctx) => approveDta(ctx, ctx.account(2), ctx.contracts.DTAStaking.address, STAKE),
    run: (ctx) =>
      send(ctx, ctx.account(2), stakingData(ctx).stakeMore(required(state.second, "second"), STAKE)),
  },
  {
    name: "Stake with permit (fresh staker)",
    note: "stakeWithPermit: permit + stake + NFT mint in one tx, 10,000 DTA / 180 d",
    run: async (ctx) => {
      const { address, abi } = ctx.contracts.DTAStaking;
      const owner = ctx.account(3);
      const dta = { address: ctx.contracts.DTAToken.address, name: "Digital Twin AI Token" };
      const { deadline, v, r, s } = await signPermit(ctx, dta, owner, address, STAKE);
      const data = encodeFunctionData({
        abi,
        functionName: "stakeWithPermit",
        args: [STAKE, 180n, deadline, v, r, s],
      });
      const receipt = await send(ctx, owner, data);
      state.permitted = await lastTokenId(ctx);
      return receipt;
    },
  },
  {
    name: "Staking claim",
    note: "first claim, 7 d after stake (clock +7 d)",
    setup: (ctx) => ctx.advanceTime(7 * DAY),
    run: (ctx) => send(ctx, ctx.account(2), stakingData(ctx).claim(required(state.first, "first"))),
  },
  {
    name: "Staking compound",
    note: "7 d of rewards into principal, rest of the lock re-reserved",
    run: (ctx) => send(ctx, ctx.account(2), stakingData(ctx).compound(required(state.second, "second"))),
  },
  {
    name: "Staking early unstake",
    note: "locked position: 10% penalty burned, earned paid, NFT burned",
    run: (ctx) =>
      send(ctx, ctx.account(3), stakingData(ctx).unstakeEarly(required(state.permitted, "permit"))),
  },
  {
    name: "Staking delegate",
    note: "staking votes from self to another account",
    run: (ctx) => send(ctx, ctx.account(2), stakingData(ctx).delegate(ctx.account(5))),
  },
  {
    name: "Staking unstake (after unlock)",
    note: "principal + rest of rewards, NFT burned (clock +30 d), delegated to #5: two new checkpoints",
    setup: (ctx) => ctx.advanceTime(30 * DAY),
    run: (ctx) => send(ctx, ctx.account(2), stakingData(ctx).unstake(required(state.first, "first"))),
  },
  {
    name: "Staking claim, a few other positions open",
    get note() {
      return `${othersNote()}; 90-d position compounded above, 1 d later (clock +1 d)`;
    },
    setup: async (ctx) => {
      // The 90-day position (compounded above, still locked) claims; the seeded demo stakes and #0 are the others.
      state.claimant = state.second;
      state.othersOpen = (await openPositions(ctx)) - 1;
      await ctx.advanceTime(DAY);
    },
    run: measuredClaim,
  },
  {
    name: "Staking claim, 1,000 other positions open",
    get note() {
      return `${othersNote()}; same position, 1 d after the previous claim`;
    },
    setup: async (ctx) => {
      const missing = OTHERS - ((await openPositions(ctx)) - 1);
      if (missing > 0) await openOtherPositions(ctx, missing);
      state.othersOpen = (await openPositions(ctx)) - 1;
      await ctx.advanceTime(DAY);
    },
    run: measuredClaim,
  },
  {
    name: "Staking claim: difference (1,000 vs a few)",
    get note() {
      const [one, many] = state.claimGas;
      if (one === undefined || many === undefined) return "";
      const percent = ((many - one) / one) * 100;
      return `${percent >= 0 ? "+" : ""}${percent.toFixed(2)}% gas (row shows the gas difference)`;
    },
    run: () => {
      const [one, many] = state.claimGas;
      if (one === undefined || many === undefined) {
        return Promise.reject(new Error("one of the two claim rows failed"));
      }
      return Promise.resolve({ gasUsed: BigInt(many - one) });
    },
  },
  {
    name: "Staking poke (apply the 1.0× unlock weight)",
    note: "the topped-up 90-d position just past unlock (clock to its unlock, 52 d): 1.25× → 1.0×, delegated to #5",
    setup: async (ctx) => {
      const id = required(state.second, "second");
      await ctx.advanceTime(await secondsToUnlock(ctx, id));
    },
    run: (ctx) => send(ctx, ctx.account(0), stakingData(ctx).poke(required(state.second, "second"))),
  },
];
