/**
 * What settling a proposal's deposit does, decided as the governor's `settleDeposit` decides it: burned when the
 * proposal was canceled or vetoed or missed quorum, refunded to the proposer when the vote decided it honestly
 * (succeeded — queued, executed or expired since — or defeated with quorum met).
 */
import { ProposalState } from "./lifecycle";

/** IDTAGovernor.DepositState. */
export const DepositState = { None: 0, Held: 1, Refunded: 2, Burned: 3 } as const;

export interface DepositSettlementInput {
  readonly state: number;
  readonly depositState: number;
  readonly vetoed: boolean;
  readonly participation: bigint;
  /** Undefined before the snapshot has passed. */
  readonly quorum: bigint | undefined;
}

export interface DepositSettlement {
  readonly action: "refund" | "burn";
  /** Why, in a sentence that follows "The deposit will be refunded/burned because". */
  readonly because: string;
}

/**
 * The settlement `settleDeposit` would make now, or undefined when there is none: no deposit held, or the vote
 * is not over (in review or active).
 */
export function depositSettlement(p: DepositSettlementInput): DepositSettlement | undefined {
  if (p.depositState !== DepositState.Held) return undefined;
  switch (p.state) {
    case ProposalState.Canceled:
      return {
        action: "burn",
        because: p.vetoed ? "its committee vetoed it" : "its proposer canceled it",
      };
    case ProposalState.Defeated:
      return p.quorum !== undefined && p.participation >= p.quorum
        ? { action: "refund", because: "the vote defeated it with quorum met — an honest decision" }
        : { action: "burn", because: "it missed quorum (the failed-proposal burn)" };
    case ProposalState.Succeeded:
    case ProposalState.Queued:
    case ProposalState.Executed:
      return { action: "refund", because: "the proposal succeeded" };
    case ProposalState.Expired:
      return { action: "refund", because: "the proposal succeeded (it expired unqueued afterwards)" };
    default:
      return undefined;
  }
}

/**
 * What the proposal page says of a held deposit: "queue" while the proposal is Succeeded (queuing it refunds the
 * deposit, so the Queue panel is the one button; a Settle panel beside it would be a second button for the same
 * refund), else the settlement its Settle panel offers, or undefined when there is none.
 */
export function depositPanel(p: DepositSettlementInput): "queue" | DepositSettlement | undefined {
  const settlement = depositSettlement(p);
  return settlement && p.state === ProposalState.Succeeded ? "queue" : settlement;
}
