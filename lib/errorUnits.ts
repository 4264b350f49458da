/**
 * Which token's unit a revert's amounts are in, told by the contract the transaction called: BIVE's own
 * errors in BIVE (18 decimals), everything that holds DTA — the token, staking, the twin registry (bonds,
 * slashes, rates per hour), the AI marketplace (prices per query, listing fees, the provider pool), the reserved
 * pools, vesting — in DTA (4 decimals). The swap moves both tokens,
 * so its ERC-20 errors are told apart by their arguments.
 */
import type { Address } from "viem";
import { getDeployedContract } from "./contracts";
import { DTA_UNIT, type RevertSource, type TokenUnit, type TokenUnitResolver } from "./errors";
import { BIVE_DECIMALS, BIVE_SYMBOL } from "./swap/quote";

export const BIVE_UNIT: TokenUnit = { symbol: BIVE_SYMBOL, decimals: BIVE_DECIMALS };

export interface UnitContracts {
  readonly bive?: Address;
  readonly biveSwap?: Address;
}

const same = (a: unknown, b: Address | undefined): boolean =>
  typeof a === "string" && b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * In a swap, the swap pulls the caller's BIVE with transferFrom and pays DTA from its own balance with a
 * plain transfer. So a missing allowance is always BIVE, and a short balance is BIVE unless the short
 * account is the swap itself (its DTA pool).
 */
function isBiveLegOfSwap({ errorName, args }: RevertSource, biveSwap: Address): boolean {
  if (errorName === "ERC20InsufficientAllowance") return true;
  if (errorName === "ERC20InsufficientBalance") return !same(args[0], biveSwap);
  return false;
}

/** Pure: a resolver over the given addresses (unknown or absent contract → DTA). */
export function tokenUnitResolver({ bive, biveSwap }: UnitContracts): TokenUnitResolver {
  return (source) => {
    if (same(source.contract, bive)) return BIVE_UNIT;
    if (biveSwap && same(source.contract, biveSwap) && isBiveLegOfSwap(source, biveSwap)) return BIVE_UNIT;
    return DTA_UNIT;
  };
}

/** The resolver for a chain's deployment, from the generated contract map. */
export function tokenUnitResolverFor(chainId: number): TokenUnitResolver {
  return tokenUnitResolver({
    bive: getDeployedContract(chainId, "BIVE")?.address,
    biveSwap: getDeployedContract(chainId, "BiveSwap")?.address,
  });
}
