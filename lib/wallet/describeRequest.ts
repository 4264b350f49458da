/**
 * What a wallet request will do, in words, for the dev wallet's confirmation dialog: who sends, to which
 * contract, which function with which arguments, and how much native currency. Pure and unit-tested.
 */
import {
  decodeFunctionData,
  formatEther,
  hexToBigInt,
  hexToString,
  isAddress,
  isAddressEqual,
  isHex,
  type Abi,
  type Address,
  type Hex,
} from "viem";
import { formatDta } from "../format";

export interface KnownContract {
  readonly name: string;
  readonly address: Address;
  readonly abi: Abi;
}

export interface DescribedArgument {
  readonly name: string;
  readonly value: string;
}

export type WalletRequestDescription =
  | {
      readonly kind: "transaction";
      readonly from: Address | undefined;
      readonly to: Address | undefined;
      readonly contractName: string | undefined;
      readonly functionName: string | undefined;
      readonly args: readonly DescribedArgument[];
      /** Native value, e.g. "0 ETH". */
      readonly value: string;
    }
  | {
      readonly kind: "signature";
      readonly method: string;
      readonly from: Address | undefined;
      readonly title: string;
      readonly details: readonly DescribedArgument[];
    };

export const SIGNING_METHODS = [
  "eth_sendTransaction",
  "eth_signTransaction",
  "eth_sign",
  "personal_sign",
  "eth_signTypedData",
  "eth_signTypedData_v3",
  "eth_signTypedData_v4",
] as const;

export type SigningMethod = (typeof SIGNING_METHODS)[number];

export function isSigningMethod(method: string): method is SigningMethod {
  return (SIGNING_METHODS as readonly string[]).includes(method);
}

interface TransactionParams {
  readonly from?: unknown;
  readonly to?: unknown;
  readonly data?: unknown;
  readonly input?: unknown;
  readonly value?: unknown;
}

const addressOrUndefined = (value: unknown): Address | undefined =>
  typeof value === "string" && isAddress(value, { strict: false }) ? (value as Address) : undefined;

/** A DTA-amount parameter of the token shows in DTA; anything else as-is. */
function formatArgument(contractName: string | undefined, paramName: string, value: unknown): string {
  if (typeof value === "bigint") {
    if (contractName === "DTAToken" && /^(value|amount)$/i.test(paramName)) return `${formatDta(value)} DTA`;
    return value.toString();
  }
  if (Array.isArray(value)) return `[${value.map((v) => formatArgument(contractName, "", v)).join(", ")}]`;
  return String(value);
}

function describeTransaction(params: TransactionParams, contracts: readonly KnownContract[]) {
  const from = addressOrUndefined(params.from);
  const to = addressOrUndefined(params.to);
  const contract = to ? contracts.find((c) => isAddressEqual(c.address, to)) : undefined;
  const data = [params.data, params.input].find((d): d is Hex => typeof d === "string" && isHex(d));
  let functionName: string | undefined;
  let args: DescribedArgument[] = [];
  if (contract && data && data.length >= 10) {
    try {
      const decoded = decodeFunctionData({ abi: contract.abi, data });
      functionName = decoded.functionName;
      const fn = contract.abi.find((item) => item.type === "function" && item.name === decoded.functionName);
      const inputs = fn && fn.type === "function" ? fn.inputs : [];
      args = (decoded.args ?? []).map((value, i) => {
        const name = inputs[i]?.name || `arg${i}`;
        return { name, value: formatArgument(contract.name, name, value) };
      });
    } catch {
      functionName = undefined;
    }
  } else if (data && data.length >= 10) {
    functionName = `unknown function ${data.slice(0, 10)}`;
  }
  const wei = typeof params.value === "string" && isHex(params.value) ? hexToBigInt(params.value) : 0n;
  return {
    kind: "transaction" as const,
    from,
    to,
    contractName: contract?.name,
    functionName,
    args,
    value: `${formatEther(wei)} ETH`,
  };
}

function describeTypedData(method: string, params: readonly unknown[]): WalletRequestDescription {
  const from = addressOrUndefined(params[0]);
  const raw = params[1];
  let parsed: { primaryType?: unknown; domain?: { name?: unknown }; message?: unknown } = {};
  try {
    parsed = typeof raw === "string" ? JSON.parse(raw) : ((raw ?? {}) as typeof parsed);
  } catch {
    parsed = {};
  }
  const message = typeof parsed.message === "object" && parsed.message !== null ? parsed.message : {};
  const details = Object.entries(message).map(([name, value]) => ({ name, value: String(value) }));
  const primaryType = typeof parsed.primaryType === "string" ? parsed.primaryType : "typed data";
  const domain = typeof parsed.domain?.name === "string" ? ` for ${parsed.domain.name}` : "";
  return { kind: "signature", method, from, title: `Sign ${primaryType}${domain}`, details };
}

/** Describes a signing request; `contracts` are the deployed contracts of the current chain. */
export function describeWalletRequest(
  method: SigningMethod,
  params: readonly unknown[],
  contracts: readonly KnownContract[],
): WalletRequestDescription {
  if (method === "eth_sendTransaction" || method === "eth_signTransaction") {
    return describeTransaction((params[0] ?? {}) as TransactionParams, contracts);
  }
  if (method.startsWith("eth_signTypedData")) return describeTypedData(method, params);
  // personal_sign is (message, address); eth_sign is (address, message).
  const [message, address] = method === "personal_sign" ? [params[0], params[1]] : [params[1], params[0]];
  let textMessage = typeof message === "string" ? message : "";
  if (isHex(textMessage)) {
    try {
      textMessage = hexToString(textMessage);
    } catch {
      // Keep the hex when it isn't text.
    }
  }
  return {
    kind: "signature",
    method,
    from: addressOrUndefined(address),
    title: "Sign a message",
    details: [{ name: "message", value: textMessage }],
  };
}
