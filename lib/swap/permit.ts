/**
 * EIP-2612 permit for legacy BIVE (BiveSwap.swapWithPermit): its domain, its lifetime and its typed data.
 */
import type { Address } from "viem";
import { permitTypedData, type PermitMessage } from "../permit";

/** LegacyBIVE's ERC20Permit domain (name and version as deployed). */
export const BIVE_PERMIT_DOMAIN_NAME = "BIVE (legacy)";
export const BIVE_PERMIT_DOMAIN_VERSION = "1";
/** How long a permit stays valid, counted from the chain's clock (not the browser's). */
export const PERMIT_LIFETIME_SECONDS = 20n * 60n;

export interface PermitRequest extends PermitMessage {
  readonly chainId: number;
  readonly token: Address;
}

/** The typed data for signTypedData. */
export function buildPermitTypedData(request: PermitRequest) {
  const { chainId, token, ...message } = request;
  return permitTypedData(
    { name: BIVE_PERMIT_DOMAIN_NAME, version: BIVE_PERMIT_DOMAIN_VERSION, chainId, verifyingContract: token },
    message,
  );
}

/** A permit's deadline from the chain's current timestamp. */
export function permitDeadline(chainNow: bigint, lifetime: bigint = PERMIT_LIFETIME_SECONDS): bigint {
  return chainNow + lifetime;
}
