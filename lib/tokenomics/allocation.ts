/**
 * The genesis allocation: the one table that the deploy module distributes from and the app charts.
 * Amounts are bigint base units (4 decimals). The sums are checked by unit tests and at deploy time.
 */

export const DTA_DECIMALS = 4;
const UNIT = 10n ** BigInt(DTA_DECIMALS);

/** Whole DTA → base units. */
const dta = (wholeTokens: bigint): bigint => wholeTokens * UNIT;

export const GENESIS_SUPPLY = dta(1_000_000_000n);

/**
 * Where a sub-allocation is held after genesis. Each key is one deployed contract (or the timelock);
 * the deploy module maps keys to addresses and a test checks every bucket landed at its key.
 */
export type Custodian =
  | "timelock"
  | "stakingRewardsPool"
  | "twinIncentivesPool"
  | "aiProviderRewardsPool"
  | "dataRewardsPool"
  | "biveSwapPool"
  | "biveEarlyBonusPool"
  | "vestingCoreTeam"
  | "vestingAdvisors"
  | "vestingEarlyContributors";

export interface SubAllocation {
  readonly id: string;
  readonly label: string;
  readonly amount: bigint;
  readonly custodian: Custodian;
}

export interface Bucket {
  readonly id: string;
  readonly label: string;
  /** Share of the genesis supply in basis points (1% = 100). */
  readonly basisPoints: number;
  /** Months of linear vesting from genesis, 0 if unlocked at genesis. */
  readonly vestingMonths: number;
  readonly subAllocations: readonly SubAllocation[];
}

const sub = (id: string, label: string, wholeTokens: bigint, custodian: Custodian): SubAllocation => ({
  id,
  label,
  amount: dta(wholeTokens),
  custodian,
});

export const GENESIS_ALLOCATION: readonly Bucket[] = [
  {
    id: "ecosystem",
    label: "Ecosystem rewards",
    basisPoints: 3000,
    vestingMonths: 0,
    subAllocations: [
      sub("stakingRewards", "Staking rewards pool", 120_000_000n, "stakingRewardsPool"),
      sub("twinIncentives", "Digital-twin incentives", 80_000_000n, "twinIncentivesPool"),
      sub("aiProviderRewards", "AI provider rewards", 60_000_000n, "aiProviderRewardsPool"),
      sub("dataRewards", "Data contribution rewards", 40_000_000n, "dataRewardsPool"),
    ],
  },
  {
    id: "treasury",
    label: "Treasury & partnerships",
    basisPoints: 2200,
    vestingMonths: 0,
    subAllocations: [
      sub("partnerships", "Strategic partnerships", 110_000_000n, "timelock"),
      sub("businessDevelopment", "Business development", 55_000_000n, "timelock"),
      sub("marketing", "Marketing & community", 33_000_000n, "timelock"),
      sub("legal", "Legal & compliance", 22_000_000n, "timelock"),
    ],
  },
  {
    id: "burnReserve",
    label: "Burn & reserve pool",
    basisPoints: 1370,
    vestingMonths: 0,
    subAllocations: [
      sub("deflationaryBurn", "Deflationary burn", 82_000_000n, "timelock"),
      sub("emergencyReserve", "Emergency reserve", 35_000_000n, "timelock"),
      sub("upgradeReserve", "Protocol upgrade reserve", 20_000_000n, "timelock"),
    ],
  },
  {
    id: "biveSwap",
    label: "BIVE swap",
    basisPoints: 1100,
    vestingMonths: 0,
    subAllocations: [sub("biveSwapPool", "1:1 swap pool for BIVE holders", 110_000_000n, "biveSwapPool")],
  },
  {
    id: "team",
    label: "Team & advisors",
    basisPoints: 1000,
    vestingMonths: 24,
    subAllocations: [
      sub("coreTeam", "Core team", 60_000_000n, "vestingCoreTeam"),
      sub("advisors", "Advisors", 25_000_000n, "vestingAdvisors"),
      sub("earlyContributors", "Early contributors", 15_000_000n, "vestingEarlyContributors"),
    ],
  },
  {
    id: "communityDao",
    label: "Community DAO",
    basisPoints: 1000,
    vestingMonths: 0,
    subAllocations: [
      sub("governanceParticipation", "Governance participation", 40_000_000n, "timelock"),
      sub("communityInitiatives", "Community initiatives", 30_000_000n, "timelock"),
      sub("ambassadors", "Ambassadors", 20_000_000n, "timelock"),
      sub("grants", "Grants", 10_000_000n, "timelock"),
    ],
  },
  {
    id: "biveBonus",
    label: "BIVE bonus",
    basisPoints: 330,
    vestingMonths: 0,
    subAllocations: [
      sub("biveEarlyBonus", "Early BIVE holder bonus", 20_000_000n, "biveEarlyBonusPool"),
      sub("biveLoyalty", "Loyalty rewards", 13_000_000n, "timelock"),
    ],
  },
];

/** Sum of a bucket's sub-allocations, in base units. */
export function bucketTotal(bucket: Bucket): bigint {
  return bucket.subAllocations.reduce((sum, s) => sum + s.amount, 0n);
}

/** Every sub-allocation in table order. */
export function allSubAllocations(): SubAllocation[] {
  return GENESIS_ALLOCATION.flatMap((b) => b.subAllocations);
}

/** Total per custodian, in base units — what each address must hold right after genesis. */
export function totalsByCustodian(): Map<Custodian, bigint> {
  const totals = new Map<Custodian, bigint>();
  for (const s of allSubAllocations()) totals.set(s.custodian, (totals.get(s.custodian) ?? 0n) + s.amount);
  return totals;
}

/** Vesting duration of the team & advisors wallets, in seconds (730 days). */
export const TEAM_VESTING_SECONDS = 730n * 24n * 60n * 60n;
