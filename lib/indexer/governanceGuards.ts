/** Type guards for the governance routes' answers: the app never trusts a shape it did not check. */
import { PROPOSAL_STATES, isProposalState, type ProposalState } from "../governance/state";
import { isTreasuryBucketId } from "../governance/treasury";
import { isAddressHex, isHex, isNonNegativeInt, isOrigin, isRecord, isUintString } from "./guards";
import {
  COMMITTEES,
  DEPOSIT_STATES,
  type DelegatePageWire,
  type DelegateWire,
  type ProposalActionWire,
  type ProposalDetailWire,
  type ProposalOptionWire,
  type ProposalPageWire,
  type ProposalWire,
  type TreasuryMovementWire,
  type TreasuryWire,
  type VoteWire,
} from "./governanceTypes";

const orNull =
  <T>(guard: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || guard(v);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === "string" && (values as readonly string[]).includes(v);
const isTxHash = (v: unknown): v is `0x${string}` => isHex(v) && v.length === 66;
const isPage = (v: Record<string, unknown>) =>
  Array.isArray(v.items) &&
  Number.isSafeInteger(v.page) &&
  (v.page as number) >= 1 &&
  Number.isSafeInteger(v.pageSize) &&
  typeof v.hasNext === "boolean";

function isOptionWire(v: unknown): v is ProposalOptionWire {
  return (
    isRecord(v) &&
    isNonNegativeInt(v.index) &&
    typeof v.label === "string" &&
    isUintString(v.raw) &&
    isUintString(v.sqrtWeight) &&
    isNonNegativeInt(v.voters)
  );
}

function isActionWire(v: unknown): v is ProposalActionWire {
  return (
    isRecord(v) &&
    isNonNegativeInt(v.option) &&
    isAddressHex(v.target) &&
    isUintString(v.value) &&
    isHex(v.calldata)
  );
}

export function isProposalWire(v: unknown): v is ProposalWire {
  return (
    isRecord(v) &&
    isUintString(v.id) &&
    isAddressHex(v.proposer) &&
    oneOf(COMMITTEES)(v.committee) &&
    (v.kind === "forAgainstAbstain" || v.kind === "multiOption") &&
    typeof v.title === "string" &&
    typeof v.description === "string" &&
    isProposalState(v.state) &&
    Array.isArray(v.options) &&
    v.options.every(isOptionWire) &&
    Array.isArray(v.actions) &&
    v.actions.every(isActionWire) &&
    isNonNegativeInt(v.upgradeMask) &&
    typeof v.upgradeApproved === "boolean" &&
    isUintString(v.snapshot) &&
    isUintString(v.deadline) &&
    isUintString(v.deposit) &&
    oneOf(DEPOSIT_STATES)(v.depositState) &&
    orNull(isUintString)(v.quorum) &&
    isUintString(v.participation) &&
    isNonNegativeInt(v.voters) &&
    orNull(isAddressHex)(v.vetoedBy) &&
    orNull(isUintString)(v.eta) &&
    isUintString(v.createdAt) &&
    isUintString(v.createdBlock) &&
    isTxHash(v.createdTx) &&
    orNull(isUintString)(v.canceledAt) &&
    orNull(isUintString)(v.queuedAt) &&
    orNull(isUintString)(v.executedAt) &&
    orNull(isTxHash)(v.executedTx) &&
    orNull(isUintString)(v.depositSettledAt)
  );
}

const isClock = (v: Record<string, unknown>) => isUintString(v.now) && isUintString(v.queueWindow);

function isCounts(v: unknown): v is Record<ProposalState, number> {
  return isRecord(v) && PROPOSAL_STATES.every((s) => isNonNegativeInt(v[s]));
}

export function isProposalPageWire(v: unknown): v is ProposalPageWire {
  return (
    isRecord(v) &&
    isPage(v) &&
    (v.items as unknown[]).every(isProposalWire) &&
    isClock(v) &&
    isCounts(v.counts) &&
    isNonNegativeInt(v.total)
  );
}

export function isProposalDetailWire(v: unknown): v is ProposalDetailWire {
  return isRecord(v) && isClock(v) && isProposalWire(v.proposal);
}

export function isVoteWire(v: unknown): v is VoteWire {
  return (
    isRecord(v) &&
    isOrigin(v) &&
    isUintString(v.proposalId) &&
    isAddressHex(v.voter) &&
    isNonNegativeInt(v.option) &&
    isUintString(v.raw) &&
    isUintString(v.sqrtWeight) &&
    typeof v.reason === "string"
  );
}

function isDelegateWire(v: unknown): v is DelegateWire {
  return (
    isRecord(v) &&
    isAddressHex(v.address) &&
    isUintString(v.power) &&
    isNonNegativeInt(v.delegators) &&
    isNonNegativeInt(v.finished) &&
    isNonNegativeInt(v.voted) &&
    (v.voted as number) <= (v.finished as number) &&
    orNull(isUintString)(v.firstPowerAt)
  );
}

export function isDelegatePageWire(v: unknown): v is DelegatePageWire {
  return (
    isRecord(v) &&
    isPage(v) &&
    (v.items as unknown[]).every(isDelegateWire) &&
    isNonNegativeInt(v.total) &&
    isUintString(v.totalPower) &&
    Number.isSafeInteger(v.firstRank) &&
    (v.firstRank as number) >= 1
  );
}

function isMovementWire(v: unknown): v is TreasuryMovementWire {
  return (
    isRecord(v) &&
    isOrigin(v) &&
    isUintString(v.proposalId) &&
    typeof v.title === "string" &&
    isTreasuryBucketId(v.bucket) &&
    isAddressHex(v.counterparty) &&
    isUintString(v.amount) &&
    typeof v.burned === "boolean"
  );
}

export function isTreasuryWire(v: unknown): v is TreasuryWire {
  return (
    isRecord(v) &&
    Array.isArray(v.byBucket) &&
    v.byBucket.every(
      (b: unknown) =>
        isRecord(b) && isTreasuryBucketId(b.bucket) && isUintString(b.spent) && isUintString(b.burned),
    ) &&
    isUintString(v.genesis) &&
    isUintString(v.otherIn) &&
    isUintString(v.otherOut) &&
    Array.isArray(v.movements) &&
    v.movements.every(isMovementWire)
  );
}
