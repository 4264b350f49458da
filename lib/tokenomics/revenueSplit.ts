/**
 * How platform revenue is split — the same constants as contracts/revenue/RevenueDistributor.sol (a unit test
 * reads them from the contract source). The burn share takes the rounding remainder, as on-chain.
 */

export type RevenueShareId = "staking" | "development" | "ecosystem" | "burn";

export interface RevenueShare {
  readonly id: RevenueShareId;
  readonly label: string;
  /** The RevenueDistributor constant that holds this share. */
  readonly constant: "STAKING_BPS" | "DEVELOPMENT_BPS" | "ECOSYSTEM_BPS" | "BURN_BPS";
  readonly basisPoints: number;
}

export const REVENUE_SPLIT: readonly RevenueShare[] = [
  { id: "staking", label: "Staking rewards pool", constant: "STAKING_BPS", basisPoints: 4000 },
  { id: "development", label: "Platform development", constant: "DEVELOPMENT_BPS", basisPoints: 3000 },
  { id: "ecosystem", label: "Ecosystem growth", constant: "ECOSYSTEM_BPS", basisPoints: 2000 },
  { id: "burn", label: "Burned", constant: "BURN_BPS", basisPoints: 1000 },
];

/** Splits `amount` (base units) exactly like RevenueDistributor.split: floors, with the burn taking the rest. */
export function splitRevenue(amount: bigint): Readonly<Record<RevenueShareId, bigint>> {
  const share = (id: RevenueShareId) =>
    (amount * BigInt(REVENUE_SPLIT.find((s) => s.id === id)?.basisPoints ?? 0)) / 10_000n;
  const staking = share("staking");
  const development = share("development");
  const ecosystem = share("ecosystem");
  return { staking, development, ecosystem, burn: amount - staking - development - ecosystem };
}

/** "40%" from basis points, exact for whole and fractional percents ("12.5%"). */
export function formatBps(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = (basisPoints % 100).toString().padStart(2, "0").replace(/0+$/, "");
  return `${whole}${rest ? `.${rest}` : ""}%`;
}
