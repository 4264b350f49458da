/** DTAStaking position events: one activity row each, for the position's owner. */
import { ponder } from "ponder:registry";
import { recordActivity } from "./activity";

ponder.on("DTAStaking:Staked", async ({ event, context }) => {
  const { owner, tokenId, amount } = event.args;
  await recordActivity(context.db, event, { account: owner, kind: "staked", amount, tokenId });
});

ponder.on("DTAStaking:StakeIncreased", async ({ event, context }) => {
  const { owner, tokenId, added, compounded } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "stakeIncreased",
    amount: added,
    extra: compounded,
    tokenId,
  });
});

ponder.on("DTAStaking:Compounded", async ({ event, context }) => {
  const { owner, tokenId, compounded } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "compounded",
    amount: compounded,
    tokenId,
  });
});

ponder.on("DTAStaking:RewardsClaimed", async ({ event, context }) => {
  const { owner, tokenId, amount } = event.args;
  await recordActivity(context.db, event, { account: owner, kind: "rewardsClaimed", amount, tokenId });
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
  const { owner, tokenId, principalReturned, penalty } = event.args;
  await recordActivity(context.db, event, {
    account: owner,
    kind: "unstakedEarly",
    amount: principalReturned,
    extra: penalty,
    tokenId,
  });
});
