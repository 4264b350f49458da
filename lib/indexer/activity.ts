/**
 * How "My activity" rows read in the product's words, and their CSV export. Amounts stay bigint until they
 * are formatted (DTA has 4 decimals, BIVE 18).
 */
import { formatAmount, formatDta } from "../format";
import { BIVE_DECIMALS } from "../swap/quote";
import type { Activity } from "./client";
import type { ActivityKind } from "./types";

export const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  received: "Received",
  sent: "Sent",
  burned: "Burned",
  staked: "Staked",
  stakeIncreased: "Added to stake",
  compounded: "Compounded",
  rewardsClaimed: "Claimed rewards",
  unstaked: "Unstaked",
  unstakedEarly: "Unstaked early",
  swapped: "Swapped BIVE",
  vestingReleased: "Vesting released",
  unlockWeightApplied: "Voting weight back to 1×",
  unusedBonusReturned: "Returned unused swap bonus",
  twinRegistered: "Registered a twin",
  twinRewardsClaimed: "Claimed twin rewards",
  twinSlashed: "Twin bond slashed",
  twinBondReturned: "Twin bond returned",
  simulationBought: "Bought simulation hours",
  simulationPaid: "Simulation paid",
  simulationRefunded: "Simulation refunded",
  serviceListed: "Listed an AI service",
  queriesPaid: "Paid for AI queries",
  queriesSold: "AI queries sold",
  providerBonusClaimed: "Claimed provider bonus",
};

/** The row's second figure, in words ("" when the kind has none). */
export function activityDetail(row: Activity): string {
  const extra = row.extra ?? 0n;
  const position = row.tokenId === null ? "" : `position #${row.tokenId}`;
  switch (row.kind) {
    case "stakeIncreased":
      return [position, extra > 0n ? `${formatDta(extra)} DTA rewards compounded` : ""]
        .filter(Boolean)
        .join(", ");
    case "unstaked":
      return [position, `${formatDta(extra)} DTA rewards`].filter(Boolean).join(", ");
    case "unstakedEarly":
      return [position, `${formatDta(extra)} DTA penalty burned`].filter(Boolean).join(", ");
    case "swapped":
      return `for ${formatAmount(extra, BIVE_DECIMALS)} BIVE`;
    case "unlockWeightApplied":
      return [
        position,
        `voting units ${formatDta(extra)} → ${formatDta(row.amount)} (unlocked: lock weight ended)`,
      ]
        .filter(Boolean)
        .join(", ");
    case "unusedBonusReturned":
      return row.counterparty ? `from the BIVE swap's bonus pool to the timelock ${row.counterparty}` : "";
    case "twinRegistered":
    case "twinRewardsClaimed":
    case "twinSlashed":
    case "simulationRefunded":
      return `twin #${row.tokenId}`;
    case "twinBondReturned":
      return `twin #${row.tokenId}, ${formatDta(extra)} DTA rewards`;
    case "simulationBought":
      return `twin #${row.tokenId}, ${extra} hours`;
    case "simulationPaid":
      return `twin #${row.tokenId}, ${formatDta(extra)} DTA burned`;
    case "serviceListed":
      return `service #${row.tokenId}, listing fee`;
    case "queriesPaid":
    case "queriesSold":
      return `service #${row.tokenId}, ${extra} ${extra === 1n ? "query" : "queries"}`;
    case "sent":
      return row.counterparty ? `to ${row.counterparty}` : "";
    case "received":
    case "vestingReleased":
      return row.counterparty ? `from ${row.counterparty}` : "";
    default:
      return position;
  }
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV; amounts as exact decimals (no thousands separators), times as ISO 8601 UTC. */
export function activityCsv(rows: readonly Activity[]): string {
  const header = ["time_utc", "kind", "amount_dta", "detail", "block", "log_index", "tx_hash"];
  const lines = rows.map((row) =>
    [
      new Date(Number(row.timestamp) * 1000).toISOString(),
      ACTIVITY_LABELS[row.kind],
      formatDta(row.amount).replace(/,/g, ""),
      activityDetail(row),
      row.blockNumber.toString(),
      String(row.logIndex),
      row.txHash,
    ]
      .map(csvCell)
      .join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}
