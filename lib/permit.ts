/**
 * EIP-2612 permits, for every token the app asks a wallet to sign one for (DTA for staking, legacy BIVE for
 * the swap): the typed data to sign and the signature split into the (v, r, s) the contracts take.
 */
import { parseSignature, type Address, type Hex } from "viem";

/** The EIP-712 domain of an EIP-2612 token (as its `eip712Domain()` reports it). */
export interface PermitDomain {
  readonly name: string;
  readonly version: string;
  readonly chainId: number;
  readonly verifyingContract: Address;
}

export interface PermitMessage {
  readonly owner: Address;
  readonly spender: Address;
  readonly value: bigint;
  readonly nonce: bigint;
  readonly deadline: bigint;
}

export const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** The typed data of a permit letting `spender` pull `value` from `owner` once, until `deadline`. */
export function permitTypedData(domain: PermitDomain, message: PermitMessage) {
  return { domain, types: PERMIT_TYPES, primaryType: "Permit" as const, message: { ...message } };
}

/** A 65-byte signature as the (v, r, s) that `permit`-taking contract functions expect. */
export function permitSignatureParts(signature: Hex): { v: number; r: Hex; s: Hex } {
  const { r, s, v, yParity } = parseSignature(signature);
  return { v: v !== undefined ? Number(v) : 27 + (yParity ?? 0), r, s };
}

/** How long a permit stays valid: long enough to confirm the one transaction it is signed for. */
export const PERMIT_LIFETIME_SECONDS = 20n * 60n;

/** A permit's deadline, counted from the chain's current timestamp (not the browser's clock). */
export function permitDeadline(chainNow: bigint, lifetime: bigint = PERMIT_LIFETIME_SECONDS): bigint {
  return chainNow + lifetime;
}
