/**
 * Whether the app may offer a write right now, and why not. Pure: hooks/useWriteGate.ts feeds it the
 * wallet, the chain's health and DTA's pause and blacklist state. The first reason that applies wins, in
 * the order a person has to fix them.
 */

export type WriteBlock = "disconnected" | "wrongNetwork" | "unreachable" | "paused" | "blacklisted";

export interface WriteGateInput {
  readonly connected: boolean;
  readonly onAppChain: boolean;
  readonly reachable: boolean;
  /** Undefined while unknown: an unknown state never blocks (the simulation still guards the write). */
  readonly paused: boolean | undefined;
  readonly blacklisted: boolean | undefined;
  readonly chainName: string;
  readonly rpcUrl: string;
}

export type WriteGate =
  | { readonly blocked: false; readonly reason: "" }
  | { readonly blocked: true; readonly block: WriteBlock; readonly reason: string };

export const OPEN_GATE: WriteGate = { blocked: false, reason: "" };

export const BLACKLISTED_REASON =
  "This address is blacklisted by DTA compliance: it can't send, receive, stake, swap or release DTA.";
export const PAUSED_REASON =
  "DTA is paused by its guardian: transfers, staking, swaps and releases are stopped until it resumes.";

export function unreachableReason(chainName: string, rpcUrl: string): string {
  return `Can't reach ${chainName} at ${rpcUrl}, so nothing can be sent right now.`;
}

export function writeGate(input: WriteGateInput): WriteGate {
  const block = (kind: WriteBlock, reason: string): WriteGate => ({ blocked: true, block: kind, reason });
  if (!input.connected) return block("disconnected", "Connect a wallet to continue.");
  if (!input.onAppChain)
    return block("wrongNetwork", `Switch your wallet to ${input.chainName} to continue.`);
  if (!input.reachable) return block("unreachable", unreachableReason(input.chainName, input.rpcUrl));
  if (input.paused === true) return block("paused", PAUSED_REASON);
  if (input.blacklisted === true) return block("blacklisted", BLACKLISTED_REASON);
  return OPEN_GATE;
}
