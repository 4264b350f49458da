/**
 * Every live tokenomics figure as ONE Multicall3 read at one block (the block number comes back in the same
 * call): the call list and its decoding, shared by the browser hook (hooks/useTokenomicsLive.ts) and the
 * server page (lib/server/reads.ts).
 */
import { getDeployedContract } from "@/lib/contracts";
import type { PoolId } from "./pools";

/** The calls, in the order decodeLive reads them; undefined when the chain lacks a contract. */
export function liveCalls(chainId: number) {
  const token = getDeployedContract(chainId, "DTAToken");
  const staking = getDeployedContract(chainId, "DTAStaking");
  const swap = getDeployedContract(chainId, "BiveSwap");
  const revenue = getDeployedContract(chainId, "RevenueDistributor");
  const twin = getDeployedContract(chainId, "TwinRegistry");
  const ai = getDeployedContract(chainId, "AIMarketplace");
  const data = getDeployedContract(chainId, "DataContributions");
  const core = getDeployedContract(chainId, "VestingCoreTeam");
  const advisors = getDeployedContract(chainId, "VestingAdvisors");
  const early = getDeployedContract(chainId, "VestingEarlyContributors");
  const multicall = getDeployedContract(chainId, "Multicall3");
  if (
    !token ||
    !staking ||
    !swap ||
    !revenue ||
    !twin ||
    !ai ||
    !data ||
    !core ||
    !advisors ||
    !early ||
    !multicall
  ) {
    return undefined;
  }
  const tier = (index: number) =>
    ({
      address: staking.address,
      abi: staking.abi,
      functionName: "totalStakedByTier",
      args: [index],
    }) as const;
  return [
    { address: multicall.address, abi: multicall.abi, functionName: "getBlockNumber" },
    { address: token.address, abi: token.abi, functionName: "totalSupply" },
    { address: token.address, abi: token.abi, functionName: "totalBurned" },
    { address: staking.address, abi: staking.abi, functionName: "totalStaked" },
    { address: staking.address, abi: staking.abi, functionName: "poolAvailable" },
    { address: twin.address, abi: twin.abi, functionName: "poolAvailable" },
    { address: ai.address, abi: ai.abi, functionName: "poolAvailable" },
    { address: data.address, abi: data.abi, functionName: "poolAvailable" },
    { address: swap.address, abi: swap.abi, functionName: "swapPoolRemaining" },
    { address: swap.address, abi: swap.abi, functionName: "bonusPoolRemaining" },
    { address: revenue.address, abi: revenue.abi, functionName: "totalDistributed" },
    { address: core.address, abi: core.abi, functionName: "released", args: [token.address] },
    { address: core.address, abi: core.abi, functionName: "releasable", args: [token.address] },
    { address: advisors.address, abi: advisors.abi, functionName: "released", args: [token.address] },
    { address: advisors.address, abi: advisors.abi, functionName: "releasable", args: [token.address] },
    { address: early.address, abi: early.abi, functionName: "released", args: [token.address] },
    { address: early.address, abi: early.abi, functionName: "releasable", args: [token.address] },
    tier(0),
    tier(1),
    tier(2),
    tier(3),
    tier(4),
  ] as const;
}

export interface TokenomicsLive {
  readonly blockNumber: bigint;
  readonly totalSupply: bigint;
  readonly totalBurned: bigint;
  readonly totalStaked: bigint;
  readonly pools: Readonly<Record<PoolId, bigint>>;
  readonly totalDistributed: bigint;
  /** Team & advisors wallets together, in DTA: released so far and vested (released + releasable). */
  readonly teamReleased: bigint;
  readonly teamVested: bigint;
  /** Total staked per tier, in TIERS order. */
  readonly stakedByTier: readonly bigint[];
}

/** The figures from the calls' results (every one a uint256), in liveCalls' order. */
export function decodeLive(values: readonly bigint[]): TokenomicsLive | undefined {
  const [
    blockNumber,
    totalSupply,
    totalBurned,
    totalStaked,
    stakingPool,
    twin,
    ai,
    data,
    swap,
    bonus,
    totalDistributed,
    coreReleased,
    coreReleasable,
    advReleased,
    advReleasable,
    earlyReleased,
    earlyReleasable,
    ...stakedByTier
  ] = values;
  if (
    blockNumber === undefined ||
    totalSupply === undefined ||
    totalBurned === undefined ||
    totalStaked === undefined ||
    stakingPool === undefined ||
    twin === undefined ||
    ai === undefined ||
    data === undefined ||
    swap === undefined ||
    bonus === undefined ||
    totalDistributed === undefined ||
    coreReleased === undefined ||
    coreReleasable === undefined ||
    advReleased === undefined ||
    advReleasable === undefined ||
    earlyReleased === undefined ||
    earlyReleasable === undefined ||
    stakedByTier.length !== 5
  ) {
    return undefined;
  }
  const teamReleased = coreReleased + advReleased + earlyReleased;
  return {
    blockNumber,
    totalSupply,
    totalBurned,
    totalStaked,
    pools: {
      staking: stakingPool,
      twinIncentives: twin,
      aiProvider: ai,
      dataRewards: data,
      biveSwap: swap,
      biveBonus: bonus,
    },
    totalDistributed,
    teamReleased,
    teamVested: teamReleased + coreReleasable + advReleasable + earlyReleasable,
    stakedByTier,
  };
}
