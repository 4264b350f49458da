/** Type guards for the data-economy routes' answers: the app never trusts a shape it did not check. */
import { isAddressHex, isHex, isNonNegativeInt, isOrigin, isRecord, isUintString } from "./guards";
import {
  LICENCES,
  STREAM_EVENT_KINDS,
  STREAM_STATES,
  isContributionStatus,
  type ContributionWire,
  type StreamEventWire,
  type StreamWire,
} from "./dataTypes";

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === "string" && (values as readonly string[]).includes(v);
const orNull =
  <T>(guard: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || guard(v);
const isScore = (v: unknown): v is number => isNonNegativeInt(v) && v <= 100;

export function isContributionWire(v: unknown): v is ContributionWire {
  return (
    isRecord(v) &&
    isUintString(v.id) &&
    isAddressHex(v.contributor) &&
    isNonNegativeInt(v.categoryId) &&
    isHex(v.dataHash) &&
    v.dataHash.length === 66 &&
    oneOf(LICENCES)(v.licence) &&
    isUintString(v.premiumPrice) &&
    isContributionStatus(v.status) &&
    orNull(isScore)(v.score) &&
    orNull(isNonNegativeInt)(v.multiplierBps) &&
    isUintString(v.reward) &&
    orNull(isUintString)(v.rewardNeeded) &&
    isNonNegativeInt(v.premiumsPaid) &&
    isUintString(v.premiumEarnings) &&
    isUintString(v.submittedAt) &&
    orNull(isUintString)(v.scoredAt)
  );
}

export function isStreamWire(v: unknown): v is StreamWire {
  return (
    isRecord(v) &&
    isUintString(v.id) &&
    isAddressHex(v.sender) &&
    isAddressHex(v.recipient) &&
    isUintString(v.ratePerSecond) &&
    oneOf(STREAM_STATES)(v.state) &&
    isUintString(v.deposited) &&
    isUintString(v.withdrawn) &&
    isUintString(v.refunded) &&
    isUintString(v.openedAt) &&
    orNull(isUintString)(v.stoppedAt) &&
    isUintString(v.balance) &&
    isUintString(v.snapshotTime) &&
    isUintString(v.snapshotDebtScaled)
  );
}

export function isStreamEventWire(v: unknown): v is StreamEventWire {
  return (
    isRecord(v) &&
    isOrigin(v) &&
    isUintString(v.streamId) &&
    oneOf(STREAM_EVENT_KINDS)(v.kind) &&
    isAddressHex(v.actor) &&
    orNull(isUintString)(v.amount) &&
    orNull(isUintString)(v.extra) &&
    orNull(isAddressHex)(v.counterparty)
  );
}
