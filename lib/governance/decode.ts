/**
 * A proposal's calls decoded back into words with the app's own ABIs (lib/contracts): the review before signing
 * and the proposal page read the same sentences, so what is signed is what is shown. Known parameter changes get
 * a plain sentence; other calls to the app's contracts show their function and arguments; calls to unknown
 * contracts say they could not be decoded.
 */
import { decodeFunctionData, formatEther, type Address, type Hex } from "viem";
import { deployedContractList } from "../contracts";
import { formatDta, shortAddress } from "../format";

export interface DecodedCall {
  /** The app contract the call goes to, when it is one. */
  readonly contract?: string;
  readonly functionName?: string;
  readonly args?: readonly unknown[];
  /** True when the calldata matched a function of the target's ABI. */
  readonly decoded: boolean;
  readonly words: string;
}

interface CallLike {
  readonly target: Address;
  readonly value: bigint;
  readonly calldata: Hex;
}

const percent = (bps: unknown) =>
  typeof bps === "bigint" ? `${(bps / 100n).toString()}.${(bps % 100n).toString().padStart(2, "0")}%` : "?";
const dta = (value: unknown) => (typeof value === "bigint" ? `${formatDta(value)} DTA` : "?");

/** Plain sentences for the parameter changes the form offers, by contract and function. */
const SENTENCES: Readonly<Record<string, (args: readonly unknown[]) => string>> = {
  "ServiceFees.setServiceBurnBps": ([bps]) => `Set the marketplace service burn rate to ${percent(bps)}`,
  "AIMarketplace.setListingFee": ([fee]) => `Set the marketplace listing fee to ${dta(fee)}`,
  "TwinRegistry.setRateBounds": ([min, max]) =>
    `Set the twin simulation rate bounds to ${dta(min)} – ${dta(max)} per hour`,
  "DataContributions.setBaseReward": ([reward]) => `Set the data contribution base reward to ${dta(reward)}`,
  "DTAToken.transfer": ([to, amount]) =>
    `Grant ${dta(amount)} from the timelock to ${typeof to === "string" ? to : "?"}`,
};

function formatArg(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `[${value.map(formatArg).join(", ")}]`;
  if (typeof value === "object" && value !== null)
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return String(value);
}

/** `call` in words, e.g. "Set the marketplace service burn rate to 3.00%" or "DTAGovernor.setQueueWindow(86400)". */
export function decodeCall(chainId: number, call: CallLike): DecodedCall {
  const contract = deployedContractList(chainId).find(
    (c) => c.address.toLowerCase() === call.target.toLowerCase(),
  );
  const withValue = (words: string) =>
    call.value > 0n ? `${words}, sending ${formatEther(call.value)} of the native coin` : words;
  if (!contract) {
    return {
      decoded: false,
      words: withValue(
        `Call ${shortAddress(call.target)} (not one of the app's contracts) with ${call.calldata.length > 10 ? `selector ${call.calldata.slice(0, 10)}` : "no data"}: not decoded, check it yourself`,
      ),
    };
  }
  try {
    const { functionName, args = [] } = decodeFunctionData({ abi: contract.abi, data: call.calldata });
    const sentence = SENTENCES[`${contract.name}.${functionName}`];
    const words = sentence
      ? sentence(args)
      : `${contract.name}.${functionName}(${args.map(formatArg).join(", ")})`;
    return { contract: contract.name, functionName, args, decoded: true, words: withValue(words) };
  } catch {
    return {
      contract: contract.name,
      decoded: false,
      words: withValue(`Call ${contract.name} with calldata that matches none of its functions`),
    };
  }
}
