/**
 * Read-only figures for server pages, each ONE Multicall3 eth_call through lib/server/chain.ts, deduplicated
 * per request. The same call lists as the browser hooks, so server HTML and live islands agree. Imported only by
 * server components.
 */
import { connection } from "next/server";
import { cache } from "react";
import type { Address } from "viem";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { TIERS } from "@/lib/staking";
import type { StakingPoolFigures, SupplyFigures, SwapPoolFigures } from "@/lib/server/figures";
import { decodeLive, liveCalls, type TokenomicsLive } from "@/lib/tokenomics/liveReads";
import { decodeVestingWallets, vestingReads, type VestingWalletState } from "@/lib/vesting/walletReads";
import { serverChain } from "./chain";

/** A server read: the figures, or why there are none (no deployment on this chain, or the node didn't answer). */
export type ServerRead<T> =
  | { readonly state: "ok"; readonly value: T }
  | { readonly state: "notDeployed" }
  | { readonly state: "unreachable" };

export async function attempt<T>(read: () => Promise<T | undefined>): Promise<ServerRead<T>> {
  // Chain figures belong to the request, never to the build: without this the page is prerendered once at
  // `next build` and router.refresh() after a write gets the build's figures back. Outside the try on purpose:
  // during prerendering it throws Next's own signal, which must reach Next rather than read as "unreachable".
  await connection();
  try {
    const value = await read();
    return value === undefined ? { state: "notDeployed" } : { state: "ok", value };
  } catch {
    return { state: "unreachable" };
  }
}

const chainId = () => appChain.chain.id;

export const readTokenomicsLive = cache((): Promise<ServerRead<TokenomicsLive>> =>
  attempt(async () => {
    const calls = liveCalls(chainId());
    if (!calls) return undefined;
    const values = await serverChain().multicall({ contracts: calls, allowFailure: false, batchSize: 0 });
    return decodeLive(values as readonly bigint[]);
  }),
);

export const readSupply = cache((): Promise<ServerRead<SupplyFigures>> =>
  attempt(async () => {
    const token = getDeployedContract(chainId(), "DTAToken");
    if (!token) return undefined;
    const [totalSupply, totalBurned] = await serverChain().multicall({
      contracts: [
        { address: token.address, abi: token.abi, functionName: "totalSupply" },
        { address: token.address, abi: token.abi, functionName: "totalBurned" },
      ],
      allowFailure: false,
    });
    return { totalSupply, totalBurned };
  }),
);

export const readStakingPool = cache((): Promise<ServerRead<StakingPoolFigures>> =>
  attempt(async () => {
    const staking = getDeployedContract(chainId(), "DTAStaking");
    if (!staking) return undefined;
    const base = { address: staking.address, abi: staking.abi } as const;
    const values = await serverChain().multicall({
      contracts: [
        { ...base, functionName: "poolAvailable" },
        { ...base, functionName: "totalStaked" },
        { ...base, functionName: "totalReserved" },
        { ...base, functionName: "totalStakedByTier", args: [0] },
        { ...base, functionName: "totalStakedByTier", args: [1] },
        { ...base, functionName: "totalStakedByTier", args: [2] },
        { ...base, functionName: "totalStakedByTier", args: [3] },
        { ...base, functionName: "totalStakedByTier", args: [4] },
      ],
      allowFailure: false,
    });
    const [poolAvailable, totalStaked, totalReserved, ...byTier] = values as readonly bigint[];
    if (poolAvailable === undefined || totalStaked === undefined || totalReserved === undefined) return;
    return {
      poolAvailable,
      totalStaked,
      totalReserved,
      stakedByTier: TIERS.map((tier, index) => ({ tier, staked: byTier[index] ?? 0n })),
    };
  }),
);

export const readSwapPools = cache((): Promise<ServerRead<SwapPoolFigures>> =>
  attempt(async () => {
    const swap = getDeployedContract(chainId(), "BiveSwap");
    if (!swap) return undefined;
    const base = { address: swap.address, abi: swap.abi } as const;
    const client = serverChain();
    const [values, block] = await Promise.all([
      client.multicall({
        contracts: [
          { ...base, functionName: "swapPoolRemaining" },
          { ...base, functionName: "bonusPoolRemaining" },
          { ...base, functionName: "totalSwapped" },
          { ...base, functionName: "genesisTimestamp" },
          { ...base, functionName: "BONUS_WINDOW" },
          { ...base, functionName: "bonusActive" },
        ],
        allowFailure: false,
      }),
      client.getBlock({ blockTag: "latest" }),
    ]);
    const [swapPoolRemaining, bonusPoolRemaining, totalSwapped, genesisTimestamp, bonusWindow, bonusActive] =
      values;
    return {
      swapPoolRemaining,
      bonusPoolRemaining,
      totalSwapped,
      genesisTimestamp,
      bonusWindow,
      bonusActive,
      chainTime: block.timestamp,
    };
  }),
);

/** The chain's head (number and time) once per request; undefined when the node can't be reached. */
export const readChainHead = cache(async (): Promise<{ number: bigint; timestamp: bigint } | undefined> => {
  await connection();
  try {
    const block = await serverChain().getBlock({ blockTag: "latest" });
    return { number: block.number, timestamp: block.timestamp };
  } catch {
    return undefined;
  }
});

export interface VestingFigures {
  readonly wallets: readonly VestingWalletState[];
  readonly dtaAddress: Address;
  /** The chain's time at the read. */
  readonly chainTime: bigint;
}

export const readVesting = cache((): Promise<ServerRead<VestingFigures>> =>
  attempt(async () => {
    const reads = vestingReads(chainId());
    if (!reads) return undefined;
    const [results, head] = await Promise.all([
      serverChain().multicall({ contracts: reads.contracts, allowFailure: false }),
      serverChain().getBlock({ blockTag: "latest" }),
    ]);
    const wallets = decodeVestingWallets(reads, results);
    if (!wallets) throw new Error("The vesting wallets answered in an unexpected shape");
    return { wallets, dtaAddress: reads.dtaAddress, chainTime: head.timestamp };
  }),
);
