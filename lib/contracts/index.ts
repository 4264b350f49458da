/**
 * Typed access to the generated contract map. Every ABI in the app comes from here; none is written by hand.
 */
import type { Abi, Address } from "viem";
import deployedContracts from "./generated/deployedContracts";

export type DeployedContracts = typeof deployedContracts;
export type DeployedChainId = keyof DeployedContracts;
export type ContractName = keyof DeployedContracts["31337"];
export type ContractAbi<N extends ContractName> = DeployedContracts["31337"][N]["abi"];

export interface DeployedContract<N extends ContractName> {
  readonly address: Address;
  readonly abi: ContractAbi<N>;
  readonly deployedOnBlock: number;
}

function chainEntry(
  chainId: number,
): Partial<Record<ContractName, DeployedContract<ContractName>>> | undefined {
  return (deployedContracts as Record<string, Partial<Record<ContractName, DeployedContract<ContractName>>>>)[
    String(chainId)
  ];
}

/** The deployment of `name` on `chainId`, or undefined when that chain has none. */
export function getDeployedContract<N extends ContractName>(
  chainId: number,
  name: N,
): DeployedContract<N> | undefined {
  return chainEntry(chainId)?.[name] as DeployedContract<N> | undefined;
}

/** Chains that have a deployment. */
export function deployedChainIds(): number[] {
  return Object.keys(deployedContracts).map(Number);
}

/** Every deployment on a chain with its name (the dev wallet names the contract a request goes to). */
export function deployedContractList(chainId: number): { name: string; address: Address; abi: Abi }[] {
  const entry = chainEntry(chainId);
  return entry
    ? Object.entries(entry).map(([name, c]) => ({ name, address: c.address, abi: c.abi as Abi }))
    : [];
}

/** Every ABI deployed on a chain, so an unknown revert can be matched against all of them. */
export function allDeployedAbis(chainId: number): Abi[] {
  return deployedContractList(chainId).map((c) => c.abi);
}
