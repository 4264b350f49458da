"use client";

import { useMemo } from "react";
import type { Address, ContractFunctionParameters } from "viem";
import { useReadContracts } from "wagmi";
import { getDeployedContract } from "@/lib/contracts";
import { totalAllocation, type VestingSchedule } from "@/lib/vesting/schedule";
import { useScopeKey } from "../useScopeKey";
import { isAddress, isBigint, isString, read } from "./multicallRead";

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

/**
 * Every vesting wallet's group, beneficiary, schedule, released amount and DTA balance in one Multicall3
 * request. Works without a wallet; refetched by the transactor after a release.
 */
export function useVestingWallets() {
  const { chainId, scopeKey } = useScopeKey();
  const dta = getDeployedContract(chainId, "DTAToken");
  const wallets = useMemo(
    () =>
      VESTING_WALLET_NAMES.flatMap((name) => {
        const contract = getDeployedContract(chainId, name);
        return contract ? [{ name, contract }] : [];
      }),
    [chainId],
  );

  // Function names are checked against each ABI here; the results are narrowed one by one below.
  const contracts = useMemo((): readonly ContractFunctionParameters[] => {
    if (!dta) return [];
    const perWallet = wallets.flatMap(({ contract }) => [
      read(contract.address, contract.abi, "group", []),
      read(contract.address, contract.abi, "owner", []),
      read(contract.address, contract.abi, "start", []),
      read(contract.address, contract.abi, "duration", []),
      read(contract.address, contract.abi, "released", [dta.address]),
      read(dta.address, dta.abi, "balanceOf", [contract.address]),
    ]);
    return perWallet;
  }, [wallets, dta]);

  const query = useReadContracts({
    contracts,
    allowFailure: false,
    scopeKey,
    query: { enabled: contracts.length > 0 },
  });

  const parsed = useMemo(() => {
    const results: readonly unknown[] | undefined = query.data;
    if (!results || results.length !== wallets.length * READS_PER_WALLET) return undefined;
    const states: VestingWalletState[] = [];
    for (const [index, { name, contract }] of wallets.entries()) {
      const [group, beneficiary, start, duration, released, balance] = results.slice(
        index * READS_PER_WALLET,
        (index + 1) * READS_PER_WALLET,
      );
      if (!isString(group) || !isAddress(beneficiary) || !isBigint(start) || !isBigint(duration)) return;
      if (!isBigint(released) || !isBigint(balance)) return;
      states.push({
        name,
        address: contract.address,
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
  }, [query.data, wallets]);

  return {
    wallets: parsed,
    isError: query.isError || (query.data !== undefined && parsed === undefined),
    isDeployed: dta !== undefined && wallets.length > 0,
    dtaAddress: dta?.address,
    refetch: query.refetch,
  };
}
