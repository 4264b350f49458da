/** Type guards for the marketplace routes' answers: the app never trusts a shape it did not check. */
import {
  isAddressHex,
  isHex,
  isNonNegativeInt,
  isOrigin,
  isRecord,
  isUintString,
  paginatedGuard,
} from "./guards";
import {
  isServiceStatus,
  type ServiceDetailWire,
  type ServicePageWire,
  type ServiceRequestWire,
  type ServiceWire,
} from "./marketplaceTypes";

const isHash = (v: unknown): v is `0x${string}` => isHex(v) && v.length === 66;

export function isServiceWire(v: unknown): v is ServiceWire {
  return (
    isRecord(v) &&
    isUintString(v.id) &&
    isAddressHex(v.provider) &&
    typeof v.name === "string" &&
    isNonNegativeInt(v.categoryId) &&
    typeof v.category === "string" &&
    typeof v.metadataUri === "string" &&
    isUintString(v.pricePerQuery) &&
    isServiceStatus(v.status) &&
    isNonNegativeInt(v.ratingSum) &&
    isNonNegativeInt(v.ratingCount) &&
    v.ratingSum <= v.ratingCount * 5 &&
    isUintString(v.queries) &&
    isNonNegativeInt(v.requests) &&
    isUintString(v.revenue) &&
    isUintString(v.providerEarned) &&
    isUintString(v.bonusEarned) &&
    isUintString(v.listingFee) &&
    isUintString(v.listedAt) &&
    isUintString(v.listedBlock)
  );
}

const isServicePage = paginatedGuard(isServiceWire);

export function isServicePageWire(v: unknown): v is ServicePageWire {
  return isServicePage(v) && isRecord(v) && isNonNegativeInt(v.total);
}

export function isServiceDetailWire(v: unknown): v is ServiceDetailWire {
  return (
    isRecord(v) &&
    isServiceWire(v.service) &&
    Array.isArray(v.stars) &&
    v.stars.length === 5 &&
    v.stars.every(isNonNegativeInt)
  );
}

export function isServiceRequestWire(v: unknown): v is ServiceRequestWire {
  return (
    isRecord(v) &&
    isOrigin(v) &&
    isUintString(v.requestId) &&
    isUintString(v.serviceId) &&
    typeof v.serviceName === "string" &&
    isAddressHex(v.payer) &&
    isNonNegativeInt(v.queries) &&
    isUintString(v.pricePerQuery) &&
    isUintString(v.amount) &&
    isUintString(v.burned) &&
    isUintString(v.toPlatform) &&
    isUintString(v.toProvider) &&
    isUintString(v.bonus) &&
    (v.responseHash === null || isHash(v.responseHash)) &&
    (v.respondedAt === null || isUintString(v.respondedAt))
  );
}
