/**
 * The indexer's wire format, shared by its HTTP routes (indexer/src/api) and the app's client
 * (lib/indexer/client.ts). Amounts travel as decimal strings (JSON has no bigint) and are parsed back to
 * bigint by the client.
 */

/** Every kind of row in an account's activity list, in the product's words. */
export const ACTIVITY_KINDS = [
  "received",
  "sent",
  "burned",
  "staked",
  "stakeIncreased",
  "compounded",
  "rewardsClaimed",
  "unstaked",
  "unstakedEarly",
  "swapped",
  "vestingReleased",
  "unlockWeightApplied",
  "unusedBonusReturned",
  "twinRegistered",
  "twinRewardsClaimed",
  "twinSlashed",
  "twinBondReturned",
  "simulationBought",
  "simulationPaid",
  "simulationRefunded",
  "serviceListed",
  "queriesPaid",
  "queriesSold",
  "providerBonusClaimed",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === "string" && (ACTIVITY_KINDS as readonly string[]).includes(value);
}

export const SORT_ORDERS = ["newest", "oldest"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === "string" && (SORT_ORDERS as readonly string[]).includes(value);
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const MAX_PAGE_SIZE = 100;

/** One page of a list; `hasNext` comes from fetching one row more than the page holds. */
export interface PaginatedResult<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasNext: boolean;
}

/** Where a row came from on chain; (blockNumber, logIndex) orders rows. */
export interface OnchainOrigin<Amount> {
  readonly id: string;
  readonly txHash: `0x${string}`;
  readonly blockNumber: Amount;
  readonly timestamp: Amount;
  readonly logIndex: number;
}

/**
 * One row of "My activity". `amount` is the DTA amount the row is about (received, staked, claimed...);
 * `extra` is the kind's second figure: compounded rewards of a top-up, rewards of an unstake, the penalty of
 * an early unstake, the BIVE paid in a swap. Both in base units.
 */
export interface ActivityWire extends OnchainOrigin<string> {
  readonly account: `0x${string}`;
  readonly kind: ActivityKind;
  readonly amount: string;
  readonly extra: string | null;
  readonly counterparty: `0x${string}` | null;
  readonly tokenId: string | null;
}

export interface SwapWire extends OnchainOrigin<string> {
  readonly account: `0x${string}`;
  readonly biveAmount: string;
  readonly dtaAmount: string;
  readonly bonus: string;
}

/** DTA supply at the end of a UTC day that saw a mint or a burn (days without one keep the last figures). */
export interface SupplyDayWire {
  readonly day: number;
  readonly totalSupply: string;
  readonly burnedTotal: string;
  readonly burnedThatDay: string;
}

export interface SupplyHistoryWire {
  readonly days: readonly SupplyDayWire[];
}

/** The pools whose payer contract the indexer follows: their reservations by day give each one's runway. */
export const RESERVING_POOLS = [
  "staking",
  "biveSwap",
  "biveBonus",
  "twinIncentives",
  "aiProvider",
  "dataRewards",
] as const;
export type ReservingPool = (typeof RESERVING_POOLS)[number];

export function isReservingPool(value: unknown): value is ReservingPool {
  return typeof value === "string" && (RESERVING_POOLS as readonly string[]).includes(value);
}

/** One pool's reservations on one UTC day (days without any have no row). */
export interface PoolDayWire {
  readonly pool: ReservingPool;
  readonly day: number;
  readonly reserved: string;
  readonly released: string;
}

/** `/pool-reservations`: the genesis day (the first indexed mint) and each pool's days in the asked range. */
export interface PoolReservationsWire {
  readonly genesisDay: number | null;
  readonly days: readonly PoolDayWire[];
}
