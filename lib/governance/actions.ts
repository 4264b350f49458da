/**
 * A proposal's actions as the form drafts them, checked and encoded into the calls the timelock will make: typed
 * parameter changes the timelock can actually make (it holds the admin role of ServiceFees, AIMarketplace,
 * TwinRegistry and DataContributions), a treasury grant of the timelock's own DTA, or a raw call for advanced
 * users. Each check returns the call or the sentence the form shows; the contracts refuse the same values.
 */
import { encodeFunctionData, isAddress, isHex, parseEther, type Address, type Hex } from "viem";
import { parseAmount } from "../amount";
import { getDeployedContract } from "../contracts";
import { formatDta } from "../format";
import type { Checked } from "../twins/validate";
import { decodeCall } from "./decode";

export type ActionKind =
  "serviceBurnRate" | "listingFee" | "twinRateBounds" | "dataBaseReward" | "grant" | "raw";

/** What the form holds for one action: text fields, parsed only when checked. */
export interface ActionDraft {
  readonly kind: ActionKind;
  /** The new value (percent, DTA, or the minimum of the twin rate bounds). */
  readonly amount: string;
  /** The twin rate bounds' maximum. */
  readonly amountMax: string;
  /** A grant's recipient, or a raw call's target. */
  readonly to: string;
  /** A raw call's native value, in ETH. */
  readonly value: string;
  readonly calldata: string;
}

export interface ProposalCall {
  readonly target: Address;
  readonly value: bigint;
  readonly calldata: Hex;
}

export const ACTION_KIND_LABELS: Readonly<Record<ActionKind, string>> = {
  serviceBurnRate: "Marketplace service burn rate",
  listingFee: "Marketplace listing fee",
  twinRateBounds: "Twin simulation rate bounds",
  dataBaseReward: "Data contribution base reward",
  grant: "Treasury grant (DTA from the timelock)",
  raw: "Advanced: raw call",
};

export const EMPTY_ACTION: ActionDraft = {
  kind: "serviceBurnRate",
  amount: "",
  amountMax: "",
  to: "",
  value: "0",
  calldata: "",
};

/** ServiceFees' bounds on the burn rate, in basis points. */
export const MIN_SERVICE_BURN_BPS = 200n;
export const MAX_SERVICE_BURN_BPS = 500n;
/** AIMarketplace.MAX_LISTING_FEE and DataContributions.MAX_BASE_REWARD, in DTA base units. */
export const MAX_LISTING_FEE = 100_000n * 10_000n;
export const MAX_BASE_REWARD = 1_000n * 10_000n;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const no = <T>(message: string): Checked<T> => ({ ok: false, message });

/** A percentage with up to 2 decimals as basis points ("3" → 300, "2.5" → 250). */
export function checkBurnRate(input: string): Checked<bigint> {
  const parsed = parseAmount(input, { decimals: 2, symbol: "A rate", max: 10_000n });
  if (!parsed.ok) return no(`Service burn rate: ${parsed.message.replace("amount", "rate")}`);
  const bps = parsed.value;
  if (bps < MIN_SERVICE_BURN_BPS || bps > MAX_SERVICE_BURN_BPS) {
    return no("The service burn rate must be between 2% and 5%.");
  }
  return ok(bps);
}

function checkDta(input: string, what: string, max: bigint, allowZero: boolean): Checked<bigint> {
  if (allowZero && input.trim() === "0") return ok(0n);
  const parsed = parseAmount(input, { max });
  if (!parsed.ok) {
    if (parsed.code === "aboveSupply") return no(`${what} can be at most ${formatDta(max)} DTA.`);
    if (parsed.code === "zero") return no(`${what} must be more than 0 DTA.`);
    return no(`${what}: ${parsed.message}`);
  }
  return ok(parsed.value);
}

/** A raw call's target: an address (checksum optional). */
export function checkTarget(input: string): Checked<Address> {
  const text = input.trim();
  if (text === "") return no("Enter the target contract's address.");
  if (!isAddress(text, { strict: false }))
    return no(`"${text}" is not a valid address (0x and 40 hex digits).`);
  return ok(text as Address);
}

/** Raw calldata: hex of whole bytes, a 4-byte selector at least, and decodable when the target is ours. */
export function checkCalldata(chainId: number, target: Address | undefined, input: string): Checked<Hex> {
  const text = input.trim();
  if (text === "") return no("Enter the calldata (0x followed by the function selector and arguments).");
  if (!isHex(text, { strict: true }) || text.length % 2 !== 0) {
    return no("The calldata must be hex: 0x followed by an even number of hex digits.");
  }
  if (text.length < 10) return no("The calldata needs at least a 4-byte function selector.");
  if (target) {
    const decoded = decodeCall(chainId, { target, value: 0n, calldata: text });
    if (decoded.contract && !decoded.decoded) {
      return no(
        `The calldata doesn't match any function of ${decoded.contract}: check the selector and arguments.`,
      );
    }
  }
  return ok(text);
}

function contractAddress(chainId: number, name: Parameters<typeof getDeployedContract>[1]): Checked<Address> {
  const contract = getDeployedContract(chainId, name);
  return contract ? ok(contract.address) : no(`${name} isn't deployed on this chain.`);
}

/** The call `draft` makes, or why it can't. `treasury`: the timelock's DTA balance, when known. */
export function encodeAction(chainId: number, draft: ActionDraft, treasury?: bigint): Checked<ProposalCall> {
  const call = (target: Checked<Address>, calldata: () => Hex): Checked<ProposalCall> =>
    target.ok ? ok({ target: target.value, value: 0n, calldata: calldata() }) : target;
  switch (draft.kind) {
    case "serviceBurnRate": {
      const bps = checkBurnRate(draft.amount);
      if (!bps.ok) return bps;
      const fees = getDeployedContract(chainId, "ServiceFees");
      return call(contractAddress(chainId, "ServiceFees"), () =>
        encodeFunctionData({ abi: fees!.abi, functionName: "setServiceBurnBps", args: [bps.value] }),
      );
    }
    case "listingFee": {
      const fee = checkDta(draft.amount, "The listing fee", MAX_LISTING_FEE, true);
      if (!fee.ok) return fee;
      const market = getDeployedContract(chainId, "AIMarketplace");
      return call(contractAddress(chainId, "AIMarketplace"), () =>
        encodeFunctionData({ abi: market!.abi, functionName: "setListingFee", args: [fee.value] }),
      );
    }
    case "twinRateBounds": {
      const min = checkDta(draft.amount, "The lowest rate per hour", 10n ** 20n, false);
      if (!min.ok) return min;
      const max = checkDta(draft.amountMax, "The highest rate per hour", 10n ** 20n, false);
      if (!max.ok) return max;
      if (min.value > max.value) return no("The lowest rate per hour can't be above the highest.");
      const twins = getDeployedContract(chainId, "TwinRegistry");
      return call(contractAddress(chainId, "TwinRegistry"), () =>
        encodeFunctionData({ abi: twins!.abi, functionName: "setRateBounds", args: [min.value, max.value] }),
      );
    }
    case "dataBaseReward": {
      const reward = checkDta(draft.amount, "The base reward", MAX_BASE_REWARD, false);
      if (!reward.ok) return reward;
      const data = getDeployedContract(chainId, "DataContributions");
      return call(contractAddress(chainId, "DataContributions"), () =>
        encodeFunctionData({ abi: data!.abi, functionName: "setBaseReward", args: [reward.value] }),
      );
    }
    case "grant": {
      const to = checkTarget(draft.to);
      if (!to.ok) return no(to.message.replace("target contract's", "recipient's"));
      const amount = checkDta(draft.amount, "The grant", 10n ** 13n, false);
      if (!amount.ok) return amount;
      if (treasury !== undefined && amount.value > treasury) {
        return no(`The timelock holds ${formatDta(treasury)} DTA; the grant can't be more.`);
      }
      const token = getDeployedContract(chainId, "DTAToken");
      return call(contractAddress(chainId, "DTAToken"), () =>
        encodeFunctionData({ abi: token!.abi, functionName: "transfer", args: [to.value, amount.value] }),
      );
    }
    case "raw": {
      const target = checkTarget(draft.to);
      if (!target.ok) return target;
      let value: bigint;
      try {
        value = parseEther(draft.value.trim() === "" ? "0" : draft.value.trim());
      } catch {
        return no("The value must be an amount of the chain's native coin, like 0 or 0.5.");
      }
      if (value < 0n) return no("The value can't be negative.");
      const calldata = checkCalldata(chainId, target.value, draft.calldata);
      if (!calldata.ok) return calldata;
      return ok({ target: target.value, value, calldata: calldata.value });
    }
  }
}
