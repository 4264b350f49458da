/**
 * Chain figures of the governance treasury for server pages: what the timelock holds in DTA now, in one
 * Multicall3 call (see lib/server/reads.ts). Imported only by server components.
 */
import { connection } from "next/server";
import { cache } from "react";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import type { ServerRead } from "./reads";
import { serverChain } from "./chain";

export interface TimelockHoldings {
  readonly held: bigint;
  readonly totalBurned: bigint;
}

export const readTimelockHoldings = cache(async (): Promise<ServerRead<TimelockHoldings>> => {
  await connection();
  const token = getDeployedContract(appChain.chain.id, "DTAToken");
  const timelock = getDeployedContract(appChain.chain.id, "DTATimelock");
  if (!token || !timelock) return { state: "notDeployed" };
  try {
    const [held, totalBurned] = await serverChain().multicall({
      contracts: [
        { address: token.address, abi: token.abi, functionName: "balanceOf", args: [timelock.address] },
        { address: token.address, abi: token.abi, functionName: "totalBurned" },
      ],
      allowFailure: false,
    });
    return { state: "ok", value: { held, totalBurned } };
  } catch {
    return { state: "unreachable" };
  }
});
