/**
 * The governance timelock's buckets, from the genesis allocation table: what it was given per bucket, and
 * what it holds per bucket after the proposals that spent or burned from it. On chain the timelock holds one
 * DTA balance; the buckets are the allocation's accounting, so a grant counts against the bucket its
 * proposal names (`Treasury bucket: …` in the description, lib/governance/description.ts), treasury &
 * partnerships when it names none, and a burn always against the 82M deflationary allocation.
 */
import { GENESIS_ALLOCATION, bucketTotal, type Bucket } from "../tokenomics/allocation";

export const TREASURY_BUCKET_IDS = ["treasury", "communityDao", "burnReserve", "loyalty"] as const;
export type TreasuryBucketId = (typeof TREASURY_BUCKET_IDS)[number];

export function isTreasuryBucketId(value: unknown): value is TreasuryBucketId {
  return typeof value === "string" && (TREASURY_BUCKET_IDS as readonly string[]).includes(value);
}

/** The bucket a proposal's grant counts against when its description names none. */
export const DEFAULT_GRANT_BUCKET: TreasuryBucketId = "treasury";

function bucket(id: string): Bucket {
  const found = GENESIS_ALLOCATION.find((b) => b.id === id);
  if (!found) throw new Error(`No genesis bucket "${id}"`);
  return found;
}

function subAllocation(bucketId: string, subId: string): bigint {
  const sub = bucket(bucketId).subAllocations.find((s) => s.id === subId);
  if (!sub) throw new Error(`No sub-allocation "${subId}" in "${bucketId}"`);
  return sub.amount;
}

export interface TreasuryBucket {
  readonly id: TreasuryBucketId;
  readonly label: string;
  /** DTA (base units) the timelock received for this bucket at genesis. */
  readonly genesis: bigint;
}

/** The four timelock buckets; their genesis amounts sum to what the timelock received at genesis. */
export const TREASURY_BUCKETS: readonly TreasuryBucket[] = [
  { id: "treasury", label: "Treasury & partnerships", genesis: bucketTotal(bucket("treasury")) },
  { id: "communityDao", label: "Community DAO", genesis: bucketTotal(bucket("communityDao")) },
  { id: "burnReserve", label: "Burn & reserve", genesis: bucketTotal(bucket("burnReserve")) },
  { id: "loyalty", label: "Loyalty rewards", genesis: subAllocation("biveBonus", "biveLoyalty") },
];

/** The deflationary allocation proposals burn from over time (part of burn & reserve). */
export const DEFLATIONARY_ALLOCATION = subAllocation("burnReserve", "deflationaryBurn");

export interface BucketOutflow {
  readonly bucket: TreasuryBucketId;
  /** Granted (transferred out) by executed proposals. */
  readonly spent: bigint;
  /** Burned by executed proposals (burn & reserve only). */
  readonly burned: bigint;
}

export interface BucketHolding extends TreasuryBucket {
  readonly spent: bigint;
  readonly burned: bigint;
  /** Genesis less what proposals spent and burned from it (never below zero). */
  readonly held: bigint;
}

export function bucketHoldings(outflows: readonly BucketOutflow[]): BucketHolding[] {
  return TREASURY_BUCKETS.map((b) => {
    const spent = outflows.filter((o) => o.bucket === b.id).reduce((sum, o) => sum + o.spent, 0n);
    const burned = outflows.filter((o) => o.bucket === b.id).reduce((sum, o) => sum + o.burned, 0n);
    const left = b.genesis - spent - burned;
    return { ...b, spent, burned, held: left > 0n ? left : 0n };
  });
}

/** What is left of the 82M deflationary allocation after `burnedByProposals`. */
export function deflationaryLeft(burnedByProposals: bigint): bigint {
  const left = DEFLATIONARY_ALLOCATION - burnedByProposals;
  return left > 0n ? left : 0n;
}
