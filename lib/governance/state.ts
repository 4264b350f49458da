/**
 * A proposal's lifecycle state, derived from its events and the block time exactly as `DTAGovernor.state()`
 * decides it (OpenZeppelin Governor 5 + GovernorTimelockControl + the queue window), plus the veto the
 * governor records: a proposal its committee's Safe canceled during review is Vetoed, not just Canceled.
 * The indexer and the pages both use this, so a list filtered by state agrees with the chain.
 */

export const PROPOSAL_STATES = [
  "Review",
  "Active",
  "Succeeded",
  "Defeated",
  "Vetoed",
  "Queued",
  "Executed",
  "Expired",
  "Canceled",
] as const;

export type ProposalState = (typeof PROPOSAL_STATES)[number];

export function isProposalState(value: unknown): value is ProposalState {
  return typeof value === "string" && (PROPOSAL_STATES as readonly string[]).includes(value);
}

/** What the state depends on; times are seconds (the governor's ERC-6372 timestamp clock). */
export interface ProposalLifecycle {
  /** Voting opens after this time (OZ `proposalSnapshot`): the review window ends here. */
  readonly snapshot: bigint;
  /** Voting closes at the end of this second (OZ `proposalDeadline`). */
  readonly deadline: bigint;
  readonly canceled: boolean;
  readonly vetoed: boolean;
  readonly executed: boolean;
  /** Queued in the timelock (`ProposalQueued`). */
  readonly queued: boolean;
  /** Raw votes cast on every option (what quorum counts). */
  readonly participation: bigint;
  /** The quorum at the snapshot; null while unknown (no vote cast yet). */
  readonly quorum: bigint | null;
  /** An option leads strictly (For over Against on a For/Against/Abstain proposal). */
  readonly hasWinner: boolean;
}

/** Quorum is met at exactly the quorum; a proposal nobody voted on never meets it. */
export function quorumReached(p: Pick<ProposalLifecycle, "participation" | "quorum">): boolean {
  return p.participation > 0n && p.quorum !== null && p.quorum <= p.participation;
}

/**
 * The state at block time `now`, given the governor's current `queueWindow` (seconds a succeeded proposal may
 * wait to be queued after voting ends before it expires).
 */
export function proposalState(p: ProposalLifecycle, now: bigint, queueWindow: bigint): ProposalState {
  if (p.executed) return "Executed";
  if (p.canceled) return p.vetoed ? "Vetoed" : "Canceled";
  if (p.snapshot >= now) return "Review";
  if (p.deadline >= now) return "Active";
  if (!quorumReached(p) || !p.hasWinner) return "Defeated";
  if (p.queued) return "Queued";
  return now > p.deadline + queueWindow ? "Expired" : "Succeeded";
}

/** Seconds until the state's next change by time alone (review ends, voting ends, queue window closes). */
export function nextChangeAt(p: ProposalLifecycle, state: ProposalState, queueWindow: bigint): bigint | null {
  if (state === "Review") return p.snapshot + 1n;
  if (state === "Active") return p.deadline + 1n;
  if (state === "Succeeded") return p.deadline + queueWindow + 1n;
  return null;
}
