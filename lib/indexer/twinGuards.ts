/** Type guards for the twin routes' answers: the app never trusts a shape it did not check. */
import { isAddressHex, isHex, isNonNegativeInt, isOrigin, isRecord, isUintString } from "./guards";
import {
  isJobStatus,
  isTwinStatus,
  type QualityPointWire,
  type TwinDetailWire,
  type TwinJobWire,
  type TwinWire,
} from "./twinTypes";

const isHash = (v: unknown): v is `0x${string}` => isHex(v) && v.length === 66;
const isScore = (v: unknown): v is number => isNonNegativeInt(v) && v <= 100;
const orNull =
  <T>(guard: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || guard(v);

export function isTwinWire(v: unknown): v is TwinWire {
  return (
    isRecord(v) &&
    isUintString(v.id) &&
    isAddressHex(v.owner) &&
    isNonNegativeInt(v.typeId) &&
    typeof v.category === "string" &&
    typeof v.metadataUri === "string" &&
    isScore(v.quality) &&
    isTwinStatus(v.status) &&
    isUintString(v.ratePerHour) &&
    isUintString(v.bond) &&
    isNonNegativeInt(v.jobsDone) &&
    isNonNegativeInt(v.openJobs) &&
    isUintString(v.earnings) &&
    isUintString(v.rewardsClaimed) &&
    isUintString(v.jobEarnings) &&
    orNull(isUintString)(v.lastSync) &&
    isUintString(v.earnsUntil) &&
    isNonNegativeInt(v.multiplierPct) &&
    isUintString(v.cooldownEnds) &&
    orNull(isAddressHex)(v.deviceKey) &&
    isUintString(v.registeredAt) &&
    isUintString(v.registeredBlock)
  );
}

function isQualityPointWire(v: unknown): v is QualityPointWire {
  return (
    isRecord(v) &&
    isScore(v.score) &&
    orNull(isScore)(v.previous) &&
    orNull(isHash)(v.reasonHash) &&
    isUintString(v.timestamp) &&
    isUintString(v.blockNumber)
  );
}

export function isTwinDetailWire(v: unknown): v is TwinDetailWire {
  return isRecord(v) && isTwinWire(v.twin) && Array.isArray(v.quality) && v.quality.every(isQualityPointWire);
}

export function isTwinJobWire(v: unknown): v is TwinJobWire {
  return (
    isRecord(v) &&
    isOrigin(v) &&
    isUintString(v.jobId) &&
    isUintString(v.twinId) &&
    isAddressHex(v.buyer) &&
    isNonNegativeInt(v.hours) &&
    isUintString(v.ratePerHour) &&
    isUintString(v.paid) &&
    isJobStatus(v.status) &&
    isUintString(v.deadline) &&
    orNull(isHash)(v.resultHash) &&
    orNull(isUintString)(v.burned) &&
    orNull(isUintString)(v.toPlatform) &&
    orNull(isUintString)(v.toOwner)
  );
}
