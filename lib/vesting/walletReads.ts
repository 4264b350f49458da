/**
 * The team & advisors vesting wallets as one Multicall3 read: the call list and its decoding, shared by the
 * browser hook (hooks/vesting/useVestingWallets.ts) and the server page (lib/server/reads.ts).
 */
import type { Address, ContractFunctionParameters } from "viem";
import { getDeployedContract } from "@/lib/contracts";
import { isAddress, isBigint, isString, read } from "@/lib/contracts/multicallRead";
import { totalAllocation, type VestingSchedule } from "./schedule";

/** The three team & advisors vesting wallets, in the allocation table's order. */
export const VESTING_WALLET_NAMES = [
  "VestingCoreTeam",
  "VestingAdvisors",
  "VestingEarlyContributors",
] as const;
export type VestingWalletName = (typeof VESTING_WALLET_NAMES)[number];

export interface VestingWalletState extends VestingSchedule {
  readonly name: VestingWalletName;
  readonly address: Address;
  readonly group: string;
  readonly beneficiary: Address;
  /** DTA the wallet still holds (vested-but-unreleased plus unvested). */
  readonly balance: bigint;
}

/** Reads made per wallet, in this order. */
const READS_PER_WALLET = 6;

export interface VestingReads {
  readonly dtaAddress: Address;
  readonly wallets: readonly { readonly name: VestingWalletName; readonly address: Address }[];
  readonly contracts: readonly ContractFunctionParameters[];
}

/** The calls for every deployed vesting wallet; undefined when DTA or every wallet is missing on the chain. */
export function vestingReads(chainId: number): VestingReads | undefined {
  const dta = getDeployedContract(chainId, "DTAToken");
  const wallets = VESTING_WALLET_NAMES.flatMap((name) => {
    const contract = getDeployedContract(chainId, name);
    return contract ? [{ name, contract }] : [];
  });
  if (!dta || wallets.length === 0) return undefined;
  // Function names are checked against each ABI here; the results are narrowed one by one in decode.
  const contracts = wallets.flatMap(({ contract }) => [
    read(contract.address, contract.abi, "group", []),
    read(contract.address, contract.abi, "owner", []),
    read(contract.address, contract.abi, "start", []),
    read(contract.address, contract.abi, "duration", []),
    read(contract.address, contract.abi, "released", [dta.address]),
    read(dta.address, dta.abi, "balanceOf", [contract.address]),
  ]);
  return {
    dtaAddress: dta.address,
    wallets: wallets.map(({ name, contract }) => ({ name, address: contract.address })),
    contracts,
  };
}

/** The wallets' states from the calls' results; undefined when an answer has an unexpected shape. */
export function decodeVestingWallets(
  reads: VestingReads,
  results: readonly unknown[],
): VestingWalletState[] | undefined {
  if (results.length !== reads.wallets.length * READS_PER_WALLET) return undefined;
  const states: VestingWalletState[] = [];
  for (const [index, { name, address }] of reads.wallets.entries()) {
    const [group, beneficiary, start, duration, released, balance] = results.slice(
      index * READS_PER_WALLET,
      (index + 1) * READS_PER_WALLET,
    );
    if (!isString(group) || !isAddress(beneficiary) || !isBigint(start) || !isBigint(duration)) return;
    if (!isBigint(released) || !isBigint(balance)) return;
    states.push({
      name,
      address,
      group,
      beneficiary,
      start,
      duration,
      released,
      balance,
      totalAllocation: totalAllocation(balance, released),
    });
  }
  return states;
}
