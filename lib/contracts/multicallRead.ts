import type {
  Abi,
  Address,
  ContractFunctionArgs,
  ContractFunctionName,
  ContractFunctionParameters,
} from "viem";

export const isBigint = (value: unknown): value is bigint => typeof value === "bigint";
export const isString = (value: unknown): value is string => typeof value === "string";
export const isAddress = (value: unknown): value is Address =>
  isString(value) && /^0x[0-9a-fA-F]{40}$/.test(value);

/** One typed read for a heterogeneous multicall: the function name and arguments are checked against `abi`. */
export function read<const A extends Abi, F extends ContractFunctionName<A, "view" | "pure">>(
  address: Address,
  abi: A,
  functionName: F,
  args: ContractFunctionArgs<A, "view" | "pure", F>,
): ContractFunctionParameters {
  return { address, abi, functionName, args } as ContractFunctionParameters;
}
