/** DTA transfers: activity rows for both sides, burns, and the daily supply snapshots. */
import { ponder } from "ponder:registry";
import { supplyDay, tokenTotals } from "ponder:schema";
import { zeroAddress } from "viem";
import deployedContracts from "../../lib/contracts/generated/deployedContracts";
import { recordActivity } from "./activity";
import { recordTreasuryFlow } from "./governanceDelegates";

const deployed = deployedContracts["31337"];

/**
 * Contracts whose own event already describes the transfer (Staked, RewardsClaimed, Swapped, ERC20Released...):
 * a transfer to or from them is not listed twice. It still counts for supply.
 */
const DESCRIBED_BY_OWN_EVENT = new Set<string>(
  [
    deployed.DTAStaking.address,
    deployed.BiveSwap.address,
    deployed.TwinRegistry.address,
    deployed.VestingCoreTeam.address,
    deployed.VestingAdvisors.address,
    deployed.VestingEarlyContributors.address,
  ].map((a) => a.toLowerCase()),
);

const SECONDS_PER_DAY = 86_400n;

ponder.on("DTAToken:Transfer", async ({ event, context }) => {
  const { from, to, value } = event.args;
  const minted = from === zeroAddress;
  const burned = to === zeroAddress;
  await recordTreasuryFlow(context.db, event);

  if (minted || burned) {
    const totals = await context.db
      .insert(tokenTotals)
      .values({ id: "DTA", totalSupply: minted ? value : -value, burnedTotal: burned ? value : 0n })
      .onConflictDoUpdate((row) => ({
        totalSupply: row.totalSupply + (minted ? value : -value),
        burnedTotal: row.burnedTotal + (burned ? value : 0n),
      }));
    const day = Number(event.block.timestamp / SECONDS_PER_DAY);
    await context.db
      .insert(supplyDay)
      .values({
        day,
        totalSupply: totals.totalSupply,
        burnedTotal: totals.burnedTotal,
        burnedThatDay: burned ? value : 0n,
      })
      .onConflictDoUpdate((row) => ({
        totalSupply: totals.totalSupply,
        burnedTotal: totals.burnedTotal,
        burnedThatDay: row.burnedThatDay + (burned ? value : 0n),
      }));
  }

  // A transfer to or from a protocol contract (a stake, a claim, the early-unstake penalty burn) is listed by
  // that contract's own handler.
  if (DESCRIBED_BY_OWN_EVENT.has(from.toLowerCase()) || DESCRIBED_BY_OWN_EVENT.has(to.toLowerCase())) return;
  if (burned) {
    await recordActivity(context.db, event, { account: from, kind: "burned", amount: value });
    return;
  }
  if (!minted) {
    await recordActivity(context.db, event, {
      account: from,
      kind: "sent",
      amount: value,
      counterparty: to,
      side: "from",
    });
  }
  await recordActivity(context.db, event, {
    account: to,
    kind: "received",
    amount: value,
    counterparty: minted ? undefined : from,
    side: "to",
  });
});
