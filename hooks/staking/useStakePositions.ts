"use client";

import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { LOCK_DAYS, TIERS, type LockDays, type Tier } from "@/lib/staking";
import { decodeTokenUri } from "@/lib/staking/wizard";
import { useDtaRead } from "../useDtaRead";
import { useScopeKey } from "../useScopeKey";

/** One staking position as the UI shows it (figures as of the read; `earned` ticks client-side). */
export interface StakePosition {
  readonly tokenId: bigint;
  readonly owner: Address;
  readonly principal: bigint;
  readonly lockDays: LockDays;
  readonly tier: Tier;
  readonly apyBps: number;
  readonly bonusPercent: number;
  readonly start: bigint;
  readonly unlock: bigint;
  readonly reserved: bigint;
  readonly claimed: bigint;
  /** Voting units the position counts now: principal × lock weight, or 1.0× once the unlock weight applied. */
  readonly votingUnits: bigint;
  /** Unlocked, but still counting its lock weight until someone pokes it (or acts on it). */
  readonly unlockWeightPending: boolean;
  /** The SVG card from the on-chain tokenURI (a data: URI), when it decoded. */
  readonly image: string | undefined;
}

interface PositionView {
  owner: Address;
  principal: bigint;
  lockDays: bigint;
  lockIndex: bigint;
  tier: number;
  apyBps: bigint;
  bonusPercent: bigint;
  start: bigint;
  unlock: bigint;
  reserved: bigint;
  claimed: bigint;
  votingUnits: bigint;
  unlockWeightPending: boolean;
}

function toPosition(tokenId: bigint, view: PositionView, uri: string | undefined): StakePosition {
  return {
    tokenId,
    owner: view.owner,
    principal: view.principal,
    lockDays: LOCK_DAYS[Number(view.lockIndex)] ?? 30,
    tier: TIERS[view.tier] ?? "Bronze",
    apyBps: Number(view.apyBps),
    bonusPercent: Number(view.bonusPercent),
    start: view.start,
    unlock: view.unlock,
    reserved: view.reserved,
    claimed: view.claimed,
    votingUnits: view.votingUnits,
    unlockWeightPending: view.unlockWeightPending,
    image: uri ? decodeTokenUri(uri)?.image : undefined,
  };
}

/** Reads `position` and `tokenURI` of the given receipt ids in one multicall. */
export function useStakePositionsById(tokenIds: readonly bigint[] | undefined) {
  const { chainId, scopeKey } = useScopeKey();
  const staking = getDeployedContract(appChain.chain.id, "DTAStaking");
  const ids = tokenIds ?? [];
  const query = useReadContracts({
    contracts: staking
      ? ids.flatMap(
          (id) =>
            [
              { address: staking.address, abi: staking.abi, chainId, functionName: "position", args: [id] },
              { address: staking.address, abi: staking.abi, chainId, functionName: "tokenURI", args: [id] },
            ] as const,
        )
      : [],
    scopeKey,
    query: { enabled: staking !== undefined && ids.length > 0 },
  });
  const results = query.data;
  const positions: StakePosition[] | undefined =
    tokenIds === undefined
      ? undefined
      : ids.length === 0
        ? []
        : results
          ? ids.flatMap((id, index) => {
              const view = results[index * 2];
              const uri = results[index * 2 + 1];
              if (view?.status !== "success") return [];
              const image = uri?.status === "success" ? (uri.result as string) : undefined;
              return [toPosition(id, view.result as PositionView, image)];
            })
          : undefined;
  return { positions, isError: query.isError };
}

/** The connected account's positions: `positionsOf`, then every position and its card in one multicall. */
export function useStakePositions() {
  const { account } = useScopeKey();
  const ids = useDtaRead({
    contractName: "DTAStaking",
    functionName: "positionsOf",
    args: [account ?? "0x0000000000000000000000000000000000000000"],
    enabled: account !== undefined,
  });
  const sorted = ids.data ? [...ids.data].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : undefined;
  const details = useStakePositionsById(sorted);
  return {
    positions: details.positions,
    isError: ids.isError || details.isError,
    connected: account !== undefined,
  };
}
