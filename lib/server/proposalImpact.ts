/**
 * What an executed proposal changed: for each parameter change it ran (the ones the proposal form offers), the
 * parameter read at the block before execution and at the execution block, in words. Imported only by server
 * components.
 */
import type { Address, Hex } from "viem";
import { appChain } from "@/lib/chains";
import { getDeployedContract } from "@/lib/contracts";
import { formatDta } from "@/lib/format";
import { decodeCall } from "@/lib/governance/decode";
import { serverChain } from "./chain";

export interface ParameterImpact {
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** The raw value after, for tests and exact reading. */
  readonly afterValue: string;
}

const pct = (bps: bigint) => `${bps / 100n}.${(bps % 100n).toString().padStart(2, "0")}%`;
const dta = (v: bigint) => `${formatDta(v)} DTA`;

/** Reads one parameter at `blockNumber`, as a bigint. */
type Reader = (blockNumber: bigint, args: readonly unknown[]) => Promise<bigint>;

function readers(): Record<
  string,
  { label: (args: readonly unknown[]) => string; read: Reader; show: (v: bigint) => string }
> {
  const chainId = appChain.chain.id;
  const client = serverChain();
  const fees = getDeployedContract(chainId, "ServiceFees");
  const market = getDeployedContract(chainId, "AIMarketplace");
  const twins = getDeployedContract(chainId, "TwinRegistry");
  const data = getDeployedContract(chainId, "DataContributions");
  const token = getDeployedContract(chainId, "DTAToken");
  return {
    "ServiceFees.setServiceBurnBps": {
      label: () => "Marketplace service burn rate",
      read: (blockNumber) =>
        client.readContract({
          address: fees!.address,
          abi: fees!.abi,
          functionName: "serviceBurnBps",
          blockNumber,
        }),
      show: pct,
    },
    "AIMarketplace.setListingFee": {
      label: () => "Marketplace listing fee",
      read: (blockNumber) =>
        client.readContract({
          address: market!.address,
          abi: market!.abi,
          functionName: "listingFee",
          blockNumber,
        }),
      show: dta,
    },
    "TwinRegistry.setRateBounds": {
      label: () => "Twin simulation rate, highest per hour",
      read: async (blockNumber) =>
        BigInt(
          await client.readContract({
            address: twins!.address,
            abi: twins!.abi,
            functionName: "maxRatePerHour",
            blockNumber,
          }),
        ),
      show: dta,
    },
    "DataContributions.setBaseReward": {
      label: () => "Data contribution base reward",
      read: (blockNumber) =>
        client.readContract({
          address: data!.address,
          abi: data!.abi,
          functionName: "baseReward",
          blockNumber,
        }),
      show: dta,
    },
    "DTAToken.transfer": {
      label: ([to]) => `DTA balance of ${typeof to === "string" ? to : "the recipient"}`,
      read: (blockNumber, [to]) =>
        client.readContract({
          address: token!.address,
          abi: token!.abi,
          functionName: "balanceOf",
          args: [to as Address],
          blockNumber,
        }),
      show: dta,
    },
  };
}

/** The parameters `calls` changed at `executedBlock`, before and after. */
export async function readImpact(
  calls: readonly { target: Address; value: bigint; calldata: Hex }[],
  executedBlock: bigint,
): Promise<readonly ParameterImpact[]> {
  const table = readers();
  const out: ParameterImpact[] = [];
  for (const call of calls) {
    const decoded = decodeCall(appChain.chain.id, call);
    const entry =
      decoded.contract && decoded.functionName
        ? table[`${decoded.contract}.${decoded.functionName}`]
        : undefined;
    if (!entry) continue;
    const args = decoded.args ?? [];
    const [before, after] = await Promise.all([
      entry.read(executedBlock - 1n, args),
      entry.read(executedBlock, args),
    ]);
    out.push({
      label: entry.label(args),
      before: entry.show(before),
      after: entry.show(after),
      afterValue: after.toString(),
    });
  }
  return out;
}
