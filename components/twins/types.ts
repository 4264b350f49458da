import type { ContractFunctionReturnType } from "viem";
import type { ContractAbi } from "@/lib/contracts";

/** ITwinRegistry.Twin as the generated ABI types it. */
export type ChainTwin = ContractFunctionReturnType<ContractAbi<"TwinRegistry">, "view", "twinOf">;

/** The twin's small integers (uint8/uint40 come back as numbers) as bigint, for the reward and sync maths. */
export function twinState(t: ChainTwin) {
  return {
    lastSync: BigInt(t.lastSync),
    windowEnd: BigInt(t.windowEnd),
    accruedAt: BigInt(t.accruedAt),
    multiplierPct: BigInt(t.multiplierPct),
    quality: BigInt(t.quality),
    cooldownEnds: BigInt(t.cooldownEnds),
    reserved: t.reserved,
    unclaimed: t.unclaimed,
  };
}
