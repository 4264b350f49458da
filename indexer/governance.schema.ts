/** Governance tables: proposals, tallies, votes, delegates and the timelock's DTA flows. */
import { index, onchainTable } from "ponder";

// ─── governance (indexer/src/governance.ts) ─────────────────────────────────────────────────────────────

/** One row per proposal: what DTAGovernor emitted about it, enough to derive its state (lib/governance/state.ts). */
export const proposal = onchainTable(
  "proposal",
  (t) => ({
    id: t.bigint().primaryKey(),
    proposer: t.hex().notNull(),
    /** IDTAGovernor.Committee: 0 Technical, 1 Economic, 2 Partnership Council. */
    committee: t.integer().notNull(),
    /** 0 for For/Against/Abstain, else 2–10. */
    optionCount: t.integer().notNull(),
    upgradeMask: t.integer().notNull(),
    description: t.text().notNull(),
    title: t.text().notNull(),
    /** Option labels from the description (lib/governance/description.ts). */
    optionLabels: t.json().$type<string[]>().notNull(),
    /** Every action with the option it belongs to (values as decimal strings). */
    actions: t
      .json()
      .$type<{ option: number; target: `0x${string}`; value: string; calldata: `0x${string}` }[]>()
      .notNull(),
    snapshot: t.bigint().notNull(),
    deadline: t.bigint().notNull(),
    deposit: t.bigint().notNull(),
    /** "none" | "held" | "refunded" | "burned". */
    depositState: t.text().notNull(),
    quorum: t.bigint(),
    participation: t.bigint().notNull(),
    hasWinner: t.boolean().notNull(),
    voters: t.integer().notNull(),
    canceled: t.boolean().notNull(),
    vetoed: t.boolean().notNull(),
    vetoedBy: t.hex(),
    queued: t.boolean().notNull(),
    eta: t.bigint(),
    executed: t.boolean().notNull(),
    upgradeApproved: t.boolean().notNull(),
    createdAt: t.bigint().notNull(),
    createdBlock: t.bigint().notNull(),
    createdTx: t.hex().notNull(),
    canceledAt: t.bigint(),
    queuedAt: t.bigint(),
    queuedTx: t.hex(),
    executedAt: t.bigint(),
    executedTx: t.hex(),
    depositSettledAt: t.bigint(),
    depositSettledTx: t.hex(),
  }),
  (table) => ({ byCreated: index().on(table.createdBlock), byProposer: index().on(table.proposer) }),
);

/** Raw and √ weight per option of a proposal (id `${proposalId}-${option}`). */
export const proposalTally = onchainTable(
  "proposal_tally",
  (t) => ({
    id: t.text().primaryKey(),
    proposalId: t.bigint().notNull(),
    option: t.integer().notNull(),
    raw: t.bigint().notNull(),
    sqrtWeight: t.bigint().notNull(),
    voters: t.integer().notNull(),
  }),
  (table) => ({ byProposal: index().on(table.proposalId, table.option) }),
);

/** One vote per voter and proposal (id `${proposalId}-${voter}`), with its reason and both weights. */
export const proposalVote = onchainTable(
  "proposal_vote",
  (t) => ({
    id: t.text().primaryKey(),
    proposalId: t.bigint().notNull(),
    voter: t.hex().notNull(),
    option: t.integer().notNull(),
    raw: t.bigint().notNull(),
    sqrtWeight: t.bigint().notNull(),
    reason: t.text().notNull(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({
    byProposal: index().on(table.proposalId, table.raw),
    byVoter: index().on(table.voter, table.proposalId),
  }),
);

/** Every account with staked voting power delegated to it (id: the delegate's address). */
export const governanceDelegate = onchainTable(
  "governance_delegate",
  (t) => ({
    id: t.hex().primaryKey(),
    power: t.bigint().notNull(),
    delegators: t.integer().notNull(),
    /** When it first had voting power: participation counts proposals finished after this. */
    firstPowerAt: t.bigint(),
    votesCast: t.integer().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({ byPower: index().on(table.power) }),
);

/** Each account's current delegate (id: the delegator's address). */
export const governanceDelegation = onchainTable("governance_delegation", (t) => ({
  id: t.hex().primaryKey(),
  delegate: t.hex().notNull(),
  timestamp: t.bigint().notNull(),
}));

/** DTA into and out of the governance timelock (a burn is an outflow to the zero address). */
export const treasuryFlow = onchainTable(
  "treasury_flow",
  (t) => ({
    id: t.text().primaryKey(),
    /** "in" | "out". */
    direction: t.text().notNull(),
    counterparty: t.hex().notNull(),
    amount: t.bigint().notNull(),
    burned: t.boolean().notNull(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ byTx: index().on(table.txHash), byBlock: index().on(table.blockNumber, table.logIndex) }),
);

/** The governor's settings the state derivation needs (one row, id "current"). */
export const governorSettings = onchainTable("governor_settings", (t) => ({
  id: t.text().primaryKey(),
  queueWindow: t.bigint().notNull(),
}));
