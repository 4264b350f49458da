/**
 * Signed votes for the DTA governor (OZ `castVoteWithReasonAndParamsBySig` with empty params): the EIP-712
 * typed data a voter signs, and the keyed nonce it must carry. A keyed nonce is `key << 64 | sequence` with the
 * key the low 192 bits of the proposal id (OZ `GovernorNoncesKeyed`), so votes signed for different proposals
 * never invalidate each other; the reason is part of what is signed, so a relay cannot drop or change it.
 */
import type { Address, Hex } from "viem";

/** The governor's EIP-712 domain (its `eip712Domain()`: name "DTA Governor", version "1"). */
export interface BallotDomain {
  readonly name: string;
  readonly version: string;
  readonly chainId: number;
  readonly verifyingContract: Address;
}

export interface BallotMessage {
  readonly proposalId: bigint;
  readonly support: number;
  readonly voter: Address;
  readonly nonce: bigint;
  readonly reason: string;
}

export const GOVERNOR_DOMAIN_NAME = "DTA Governor";
export const GOVERNOR_DOMAIN_VERSION = "1";

export const EXTENDED_BALLOT_TYPES = {
  ExtendedBallot: [
    { name: "proposalId", type: "uint256" },
    { name: "support", type: "uint8" },
    { name: "voter", type: "address" },
    { name: "nonce", type: "uint256" },
    { name: "reason", type: "string" },
    { name: "params", type: "bytes" },
  ],
} as const;

const KEY_MASK = (1n << 192n) - 1n;

/** The nonce key of `proposalId`: its low 192 bits. */
export function nonceKey(proposalId: bigint): bigint {
  return proposalId & KEY_MASK;
}

/** True when `nonce` belongs to `proposalId`'s key (its high 192 bits are the key). */
export function nonceMatchesProposal(nonce: bigint, proposalId: bigint): boolean {
  return nonce >> 64n === nonceKey(proposalId);
}

/** The typed data of a vote with reason (empty params), as the governor verifies it. */
export function ballotTypedData(domain: BallotDomain, message: BallotMessage) {
  return {
    domain,
    types: EXTENDED_BALLOT_TYPES,
    primaryType: "ExtendedBallot" as const,
    message: { ...message, params: "0x" as Hex },
  };
}
