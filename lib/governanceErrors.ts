/**
 * Readable text for the governor's custom errors (contracts/governance/IDTAGovernor.sol, OZ Governor's own,
 * and DTATimelock's). Vote amounts are staked voting power in DTA base units (4 decimals). lib/errors.ts merges
 * these into its table.
 */
import { formatAmount, shortAddress } from "./format";
import { DTA_DECIMALS } from "./tokenomics/allocation";

type Describe = (args: readonly unknown[]) => string;

const votes = (value: unknown): string =>
  typeof value === "bigint" ? `${formatAmount(value, DTA_DECIMALS)} votes` : "the required votes";
const proposal = (value: unknown): string =>
  typeof value === "bigint" ? `Proposal ${shortId(value)}` : "This proposal";
const account = (value: unknown): string =>
  typeof value === "string" ? shortAddress(value) : "This account";
const count = (value: unknown): string => (typeof value === "bigint" ? value.toString() : "?");

/** A proposal id (a 256-bit hash) shortened for a sentence. */
function shortId(id: bigint): string {
  const hex = id.toString(16);
  return hex.length > 10 ? `0x${hex.slice(0, 6)}…${hex.slice(-4)}` : `0x${hex}`;
}

/** IDTAGovernor.Committee by index. */
export const COMMITTEE_NAMES = ["Technical Committee", "Economic Committee", "Partnership Council"] as const;
const committee = (value: unknown): string =>
  (typeof value === "number" || typeof value === "bigint" ? COMMITTEE_NAMES[Number(value)] : undefined) ??
  "the committee";

/** IDTAGovernor.DepositState by index. */
const DEPOSIT_STATES = ["no deposit", "held", "already refunded", "already burned"] as const;

/** OZ IGovernor.ProposalState by index, as the app names it. */
export const PROPOSAL_STATE_NAMES = [
  "in review",
  "active",
  "canceled",
  "defeated",
  "succeeded",
  "queued",
  "expired",
  "executed",
] as const;
const stateName = (value: unknown): string =>
  (typeof value === "number" || typeof value === "bigint"
    ? PROPOSAL_STATE_NAMES[Number(value)]
    : undefined) ?? "in another state";

export const GOVERNANCE_ERROR_MESSAGES: Readonly<Record<string, Describe>> = {
  InvalidOptionCount: ([n, max]) =>
    n === 0n
      ? "Add at least one option: one for a For/Against/Abstain vote, or 2 or more to choose between."
      : `A proposal has at most ${count(max)} options (this one has ${count(n)}).`,
  InvalidOptionLength: ([option]) =>
    `Option ${typeof option === "bigint" ? (option + 1n).toString() : "?"} has a target, value and calldata count that don't match.`,
  EmptyProposal: () => "The proposal has no action in any option. Add at least one call.",
  InvalidVoteOption: ([, support, slots]) =>
    `This proposal has ${count(slots)} choices; choice #${count(support)} doesn't exist.`,
  NoVotingPower: ([voter]) =>
    `${account(voter)} had no staked voting power when this vote opened (its snapshot). Stake or get a delegation before the next proposal opens.`,
  NotCommitteeSafe: ([, which]) => `Only the ${committee(which)}'s Safe can do this.`,
  UpgradeNotApproved: ([id]) =>
    `${proposal(id)} changes which contracts the system trusts: the Technical Committee's Safe must approve it before it can run.`,
  DepositNotSettleable: ([id, depositState]) =>
    typeof depositState === "number" && depositState >= 2
      ? `${proposal(id)}'s deposit is ${DEPOSIT_STATES[depositState]}.`
      : `${proposal(id)}'s deposit can be settled once its vote is over.`,
  CommitteeRequired: () => "Every proposal names its committee and holds a deposit: use the proposal form.",
  ZeroGovernor: () => "The timelock can only be handed over to a governor address.",
  GovernorInsufficientProposerVotes: ([proposer, have, need]) =>
    `Proposing needs ${votes(need)}; ${account(proposer)} has ${votes(have)}. Stake more, or ask holders to delegate to you.`,
  GovernorAlreadyCastVote: ([voter]) =>
    `${account(voter)} already voted on this proposal. A vote can't be changed.`,
  GovernorInvalidSignature: ([voter]) =>
    `The signed vote isn't valid for ${account(voter)}: it was already used, or its choice or reason changed after signing. Sign again.`,
  GovernorUnexpectedProposalState: ([id, current]) =>
    `${proposal(id)} is ${stateName(current)}, so this step isn't possible now.`,
  GovernorUnableToCancel: ([id]) =>
    `${proposal(id)} can only be vetoed by its committee's Safe (or withdrawn by its proposer) while it is in review.`,
  GovernorOnlyExecutor: () => "Only governance (an executed proposal, through the timelock) can change this.",
  GovernorNonexistentProposal: ([id]) => `${proposal(id)} doesn't exist.`,
  GovernorInvalidProposalLength: () =>
    "The proposal's targets, values and calldatas must have the same length.",
  GovernorRestrictedProposer: ([proposer]) =>
    `This description is reserved for another proposer; ${account(proposer)} can't submit it.`,
  TimelockUnexpectedOperationState: () =>
    "The timelock isn't ready for this: the operation is not queued, or its delay hasn't passed yet.",
};
