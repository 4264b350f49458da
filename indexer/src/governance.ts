/**
 * DTAGovernor's proposals and votes: one row per proposal with what its state depends on (lib/governance/
 * state.ts derives the state from it and the block time, as the governor does), raw and √ tallies per option,
 * and every vote with its reason. Quorum (4% of the votes at the snapshot) is read from the governor at the
 * first vote, once the snapshot is past and the figure is fixed.
 */
import { ponder, type Context, type Event } from "ponder:registry";
import { governanceDelegate, governorSettings, proposal, proposalTally, proposalVote } from "ponder:schema";
import deployedContracts from "../../lib/contracts/generated/deployedContracts";
import { parseProposalText } from "../../lib/governance/description";
import { hasLeadingOption, sqrtWeight } from "../../lib/governance/quadratic";

const governor = deployedContracts["31337"].DTAGovernor;

ponder.on("DTAGovernor:ProposalCreated", async ({ event, context }) => {
  const { proposalId, proposer, targets, calldatas, voteStart, voteEnd, description } = event.args;
  const text = parseProposalText(description);
  await context.db.insert(proposal).values({
    id: proposalId,
    proposer: proposer.toLowerCase() as `0x${string}`,
    committee: 0,
    optionCount: 0,
    upgradeMask: 0,
    description,
    title: text.title,
    optionLabels: [...text.optionLabels],
    actions: targets.map((target, i) => ({
      option: 0,
      target,
      value: (event.args.values[i] ?? 0n).toString(),
      calldata: calldatas[i] ?? "0x",
    })),
    snapshot: voteStart,
    deadline: voteEnd,
    deposit: 0n,
    depositState: "none",
    quorum: null,
    participation: 0n,
    hasWinner: false,
    voters: 0,
    canceled: false,
    vetoed: false,
    vetoedBy: null,
    queued: false,
    eta: null,
    executed: false,
    upgradeApproved: false,
    createdAt: event.block.timestamp,
    createdBlock: event.block.number,
    createdTx: event.transaction.hash,
  });
});

/** Emitted right after ProposalCreated in the same transaction: committee, options and the deposit held. */
ponder.on("DTAGovernor:ProposalDetails", async ({ event, context }) => {
  const { proposalId, committee, optionCount, optionEnds, upgradeMask, deposit } = event.args;
  const row = await context.db.find(proposal, { id: proposalId });
  if (!row) return;
  const optionOf = (index: number) => {
    if (optionCount === 0) return 0;
    const option = optionEnds.findIndex((end) => index < end);
    return option < 0 ? optionEnds.length - 1 : option;
  };
  await context.db.update(proposal, { id: proposalId }).set({
    committee,
    optionCount,
    upgradeMask,
    deposit,
    depositState: deposit > 0n ? "held" : "none",
    actions: row.actions.map((action, i) => ({ ...action, option: optionOf(i) })),
  });
});

async function countVote(
  context: Context,
  event: Event<"DTAGovernor:VoteCast"> | Event<"DTAGovernor:VoteCastWithParams">,
) {
  const { voter, proposalId, support, weight, reason } = event.args;
  const row = await context.db.find(proposal, { id: proposalId });
  if (!row) return;
  const voterKey = voter.toLowerCase() as `0x${string}`;
  const sqrt = sqrtWeight(weight);
  await context.db.insert(proposalVote).values({
    id: `${proposalId}-${voterKey}`,
    proposalId,
    voter: voterKey,
    option: support,
    raw: weight,
    sqrtWeight: sqrt,
    reason,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
  await context.db
    .insert(proposalTally)
    .values({
      id: `${proposalId}-${support}`,
      proposalId,
      option: support,
      raw: weight,
      sqrtWeight: sqrt,
      voters: 1,
    })
    .onConflictDoUpdate((t) => ({
      raw: t.raw + weight,
      sqrtWeight: t.sqrtWeight + sqrt,
      voters: t.voters + 1,
    }));
  const slots = row.optionCount === 0 ? 3 : row.optionCount;
  const sqrtByOption: bigint[] = [];
  for (let option = 0; option < slots; ++option) {
    const tally = await context.db.find(proposalTally, { id: `${proposalId}-${option}` });
    sqrtByOption.push(tally?.sqrtWeight ?? 0n);
  }
  const quorum =
    row.quorum ??
    (await context.client.readContract({
      abi: governor.abi,
      address: governor.address,
      functionName: "quorum",
      args: [row.snapshot],
      blockNumber: event.block.number,
    }));
  await context.db.update(proposal, { id: proposalId }).set({
    quorum,
    participation: row.participation + weight,
    voters: row.voters + 1,
    hasWinner: hasLeadingOption(row.optionCount, sqrtByOption),
  });
  await context.db
    .insert(governanceDelegate)
    .values({
      id: voterKey,
      power: 0n,
      delegators: 0,
      firstPowerAt: null,
      votesCast: 1,
      updatedAt: event.block.timestamp,
    })
    .onConflictDoUpdate((d) => ({ votesCast: d.votesCast + 1 }));
}

ponder.on("DTAGovernor:VoteCast", async ({ event, context }) => countVote(context, event));
ponder.on("DTAGovernor:VoteCastWithParams", async ({ event, context }) => countVote(context, event));

ponder.on("DTAGovernor:ProposalVetoed", async ({ event, context }) => {
  await context.db
    .update(proposal, { id: event.args.proposalId })
    .set({ vetoed: true, vetoedBy: event.args.safe.toLowerCase() as `0x${string}` });
});

ponder.on("DTAGovernor:ProposalCanceled", async ({ event, context }) => {
  await context.db
    .update(proposal, { id: event.args.proposalId })
    .set({ canceled: true, canceledAt: event.block.timestamp });
});

ponder.on("DTAGovernor:ProposalQueued", async ({ event, context }) => {
  await context.db.update(proposal, { id: event.args.proposalId }).set({
    queued: true,
    eta: event.args.etaSeconds,
    queuedAt: event.block.timestamp,
    queuedTx: event.transaction.hash,
  });
});

ponder.on("DTAGovernor:ProposalExecuted", async ({ event, context }) => {
  await context.db.update(proposal, { id: event.args.proposalId }).set({
    executed: true,
    executedAt: event.block.timestamp,
    executedTx: event.transaction.hash,
  });
});

ponder.on("DTAGovernor:UpgradeApproved", async ({ event, context }) => {
  await context.db.update(proposal, { id: event.args.proposalId }).set({ upgradeApproved: true });
});

ponder.on("DTAGovernor:DepositRefunded", async ({ event, context }) => {
  await context.db.update(proposal, { id: event.args.proposalId }).set({
    depositState: "refunded",
    depositSettledAt: event.block.timestamp,
    depositSettledTx: event.transaction.hash,
  });
});

ponder.on("DTAGovernor:DepositBurned", async ({ event, context }) => {
  await context.db.update(proposal, { id: event.args.proposalId }).set({
    depositState: "burned",
    depositSettledAt: event.block.timestamp,
    depositSettledTx: event.transaction.hash,
  });
});

ponder.on("DTAGovernor:QueueWindowUpdated", async ({ event, context }) => {
  await context.db
    .insert(governorSettings)
    .values({ id: "current", queueWindow: event.args.newWindow })
    .onConflictDoUpdate({ queueWindow: event.args.newWindow });
});
