/**
 * DTAStaking position events: one activity row each, for the position's owner, and the staking pool's
 * reservations by day (rewards reserved, unpaid reserve released) for its runway.
 */
import { ponder } from "ponder:registry";
import { recordActivity } from "./activity";
import { addPoolFlow, claimFromSegment, openSegment, resegment } from "./reservations";

ponder.on("DTAStaking:Staked", async ({ event, context }) => {
  const { owner, tokenId, amount, reserved } = event.args;
  await recordActivity(context.db, event, { account: owner, kind: "staked", amount, tokenId });
  await openSegment(context.db, tokenId, reserved);
  await addPoolFlow(context.db, "staking", event.block.timestamp, { reserved });
});

ponder.on("DTAStaking:StakeIncreased", async ({ event, context }) => {
  const { owner, tokenId, added, compounded, reserved } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "stakeIncreased",
    amount: added,
    extra: compounded,
    tokenId,
  });
  const released = await resegment(context.db, tokenId, reserved, compounded);
  await addPoolFlow(context.db, "staking", event.block.timestamp, { reserved, released });
});

ponder.on("DTAStaking:Compounded", async ({ event, context }) => {
  const { owner, tokenId, compounded, reserved } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "compounded",
    amount: compounded,
    tokenId,
  });
  const released = await resegment(context.db, tokenId, reserved, compounded);
  await addPoolFlow(context.db, "staking", event.block.timestamp, { reserved, released });
});

ponder.on("DTAStaking:RewardsClaimed", async ({ event, context }) => {
  const { owner, tokenId, amount } = event.args;
  await recordActivity(context.db, event, { account: owner, kind: "rewardsClaimed", amount, tokenId });
  await claimFromSegment(context.db, tokenId, amount);
});

ponder.on("DTAStaking:Unstaked", async ({ event, context }) => {
  const { owner, tokenId, principal, rewards } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "unstaked",
    amount: principal,
    extra: rewards,
    tokenId,
  });
});

ponder.on("DTAStaking:UnstakedEarly", async ({ event, context }) => {
  const { owner, tokenId, principalReturned, penalty, released } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "unstakedEarly",
    amount: principalReturned,
    extra: penalty,
    tokenId,
  });
  await addPoolFlow(context.db, "staking", event.block.timestamp, { released });
});

/** An unlocked position's voting weight fell to 1.0×: `amount` is the voting units now, `extra` before. */
ponder.on("DTAStaking:UnlockWeightApplied", async ({ event, context }) => {
  const { owner, tokenId, previousUnits, votingUnits } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "unlockWeightApplied",
    amount: votingUnits,
    extra: previousUnits,
    tokenId,
  });
});
