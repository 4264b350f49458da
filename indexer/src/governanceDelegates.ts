/**
 * Delegates of staked voting power (DTAStaking's OpenZeppelin `Votes`): each delegate's current power, how
 * many accounts delegate to it, and when it first had power (participation counts proposals finished since);
 * and the governance timelock's DTA flows, which the treasury route ties to the proposals that caused them.
 */
import { ponder, type Context } from "ponder:registry";
import { governanceDelegate, governanceDelegation, treasuryFlow } from "ponder:schema";
import { zeroAddress } from "viem";
import deployedContracts from "../../lib/contracts/generated/deployedContracts";

const lower = (a: `0x${string}`) => a.toLowerCase() as `0x${string}`;
const TIMELOCK = lower(deployedContracts["31337"].DTATimelock.address);

async function addDelegators(context: Context, delegate: `0x${string}`, delta: number, at: bigint) {
  if (delegate === zeroAddress) return;
  await context.db
    .insert(governanceDelegate)
    .values({
      id: delegate,
      power: 0n,
      delegators: Math.max(delta, 0),
      firstPowerAt: null,
      votesCast: 0,
      updatedAt: at,
    })
    .onConflictDoUpdate((d) => ({ delegators: Math.max(d.delegators + delta, 0), updatedAt: at }));
}

ponder.on("DTAStaking:DelegateChanged", async ({ event, context }) => {
  const delegator = lower(event.args.delegator);
  const from = lower(event.args.fromDelegate);
  const to = lower(event.args.toDelegate);
  const at = event.block.timestamp;
  await addDelegators(context, from, -1, at);
  await addDelegators(context, to, 1, at);
  await context.db
    .insert(governanceDelegation)
    .values({ id: delegator, delegate: to, timestamp: at })
    .onConflictDoUpdate({ delegate: to, timestamp: at });
});

ponder.on("DTAStaking:DelegateVotesChanged", async ({ event, context }) => {
  const delegate = lower(event.args.delegate);
  const power = event.args.newVotes;
  const at = event.block.timestamp;
  await context.db
    .insert(governanceDelegate)
    .values({
      id: delegate,
      power,
      delegators: 0,
      firstPowerAt: power > 0n ? at : null,
      votesCast: 0,
      updatedAt: at,
    })
    .onConflictDoUpdate((d) => ({
      power,
      firstPowerAt: d.firstPowerAt ?? (power > 0n ? at : null),
      updatedAt: at,
    }));
});

/** Called by the DTA transfer handler (indexer/src/token.ts) for every transfer. */
export async function recordTreasuryFlow(
  db: Context["db"],
  event: {
    id: string;
    args: { from: `0x${string}`; to: `0x${string}`; value: bigint };
    transaction: { hash: `0x${string}` };
    block: { number: bigint; timestamp: bigint };
    log: { logIndex: number };
  },
): Promise<void> {
  const from = lower(event.args.from);
  const to = lower(event.args.to);
  if (from !== TIMELOCK && to !== TIMELOCK) return;
  const out = from === TIMELOCK;
  await db.insert(treasuryFlow).values({
    id: event.id,
    direction: out ? "out" : "in",
    counterparty: out ? to : from,
    amount: event.args.value,
    burned: out && to === zeroAddress,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    timestamp: event.block.timestamp,
    logIndex: event.log.logIndex,
  });
}
