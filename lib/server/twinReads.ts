/**
 * One twin's live figures for its server page: the stored twin, owner, effective rate and the chain's time, in
 * one Multicall3 eth_call — the same reads as the live view's useTwinChain, so the HTML and the island agree.
 * Imported only by server components.
 */
import { cache } from "react";
import type { Address } from "viem";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { serverChain } from "./chain";
import { attempt, type ServerRead } from "./reads";

export interface TwinLive {
  /** undefined: the chain answered that no such twin exists (never minted, or withdrawn and burned). */
  readonly twin:
    | {
        readonly owner: Address;
        readonly typeId: number;
        readonly quality: number;
        readonly bond: bigint;
        readonly ratePerHour: bigint;
        readonly cooldownEnds: bigint;
      }
    | undefined;
  readonly chainTime: bigint;
}

export const readTwinLive = cache((id: bigint): Promise<ServerRead<TwinLive>> =>
  attempt(async () => {
    const registry = getDeployedContract(appChain.chain.id, "TwinRegistry");
    if (!registry) return undefined;
    const base = { address: registry.address, abi: registry.abi } as const;
    const client = serverChain();
    const [[twin, owner, rate], block] = await Promise.all([
      client.multicall({
        contracts: [
          { ...base, functionName: "twinOf", args: [id] },
          { ...base, functionName: "ownerOf", args: [id] },
          { ...base, functionName: "rateOf", args: [id] },
        ],
        allowFailure: true,
      }),
      client.getBlock({ blockTag: "latest" }),
    ]);
    // twinOf reverts for an id that was never minted or was burned at withdrawal.
    if (twin.status === "failure" || owner.status === "failure" || rate.status === "failure")
      return { twin: undefined, chainTime: block.timestamp };
    return {
      twin: {
        owner: owner.result,
        typeId: Number(twin.result.typeId),
        quality: Number(twin.result.quality),
        bond: twin.result.bond,
        ratePerHour: rate.result,
        cooldownEnds: BigInt(twin.result.cooldownEnds),
      },
      chainTime: block.timestamp,
    };
  }),
);
