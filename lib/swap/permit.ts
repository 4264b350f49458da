/**
 * EIP-2612 permit for legacy BIVE: the typed data the wallet signs, and the signature split into v, r, s
 * for BiveSwap.swapWithPermit.
 */
import { parseSignature, type Address, type Hex } from "viem";

/** LegacyBIVE's ERC20Permit domain (name and version as deployed). */
export const BIVE_PERMIT_DOMAIN_NAME = "BIVE (legacy)";
export const BIVE_PERMIT_DOMAIN_VERSION = "1";
/** How long a permit stays valid, counted from the chain's clock (not the browser's). */
export const PERMIT_LIFETIME_SECONDS = 20n * 60n;

export const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

export interface PermitRequest {
  readonly chainId: number;
  readonly token: Address;
  readonly owner: Address;
  readonly spender: Address;
  readonly value: bigint;
  readonly nonce: bigint;
  readonly deadline: bigint;
}

/** The typed data for signTypedData. */
export function buildPermitTypedData(request: PermitRequest) {
  return {
    domain: {
      name: BIVE_PERMIT_DOMAIN_NAME,
      version: BIVE_PERMIT_DOMAIN_VERSION,
      chainId: request.chainId,
      verifyingContract: request.token,
    },
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: {
      owner: request.owner,
      spender: request.spender,
      value: request.value,
      nonce: request.nonce,
      deadline: request.deadline,
    },
  } as const;
}

/** A permit's deadline from the chain's current timestamp. */
export function permitDeadline(chainNow: bigint, lifetime: bigint = PERMIT_LIFETIME_SECONDS): bigint {
  return chainNow + lifetime;
}

/** 65-byte signature → { v (27/28), r, s }. */
export function splitPermitSignature(signature: Hex): { v: number; r: Hex; s: Hex } {
  const { r, s, v, yParity } = parseSignature(signature);
  return { v: v !== undefined ? Number(v) : yParity + 27, r, s };
}
