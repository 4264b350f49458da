/**
 * Local-chain demo governance: proposals in every lifecycle state, both kinds, all three committees, votes
 * with reasons by the demo stakers (node accounts 10–14; never the dev wallets 0–9), and delegations.
 *
 * Time: the governor's windows are long (2-day review, 5-day vote, 2-day timelock, 14-day queue window), and
 * the twin and data seeds want their own clocks undisturbed, so the seed runs in two parts:
 * - `seedGovernanceHistory` runs right after the demo stakes, before the twins: it moves the clock 12 days
 *   12 hours (in 4 steps), so that once the twin seed (+7 days 1 hour), `seedGovernanceLive` (+2 days 10
 *   minutes) and the data seed (+1 hour) have run, its proposals are Executed (a new twin type and a treasury
 *   grant; a multi-option burn from the deflationary allocation), Queued (ready to execute), Succeeded (not yet
 *   queued), Expired (never queued; its deposit stays held so the proposal page shows "Settle deposit" — the
 *   browser test governanceDeposit.e2e.ts settles it), Defeated with quorum (deposit refunded), Defeated without quorum (deposit
 *   burned), Vetoed by the Technical Committee Safe (two owners' `approveHash`, then `execTransaction`;
 *   deposit burned) and Canceled by its proposer. The demo stakes stay locked (30-day locks; 21½ days pass).
 * - `seedGovernanceLive` runs after the marketplace seed, before the data seed (whose streams must not age):
 *   delegations, a multi-option proposal Active at the end and one in Review (few unfinished proposals on top:
 *   staking's gas-capped governance bonus check walks the newest ones).
 */
import type { NetworkConnection } from "hardhat/types/network";
import { encodeFunctionData, parseUnits, type Address } from "viem";
import { formatProposalText } from "../../lib/governance/description.ts";
import { DTA_DECIMALS } from "../../lib/tokenomics/allocation.ts";
import { LOCAL_ROLES } from "./deployParameters.ts";
import { governanceActions, type SeedAccount, type SeededProposal } from "./seedGovernanceActions.ts";

const DAY = 86_400;
const dta = (whole: string): bigint => parseUnits(whole, DTA_DECIMALS);
const Committee = { Technical: 0, Economic: 1, Partnership: 2 } as const;
const Vote = { Against: 0, For: 1, Abstain: 2 } as const;

/** Length of each part's time travel, exported for the tests that reason about the seeded states. */
export const HISTORY_SECONDS = 12 * DAY + 12 * 3_600;
export const LIVE_SECONDS = 2 * DAY + 600;

interface Deployed {
  token: { address: Address };
  timelock: { address: Address };
  governor: { address: Address };
  twinRegistry: { address: Address };
  serviceFees: { address: Address };
  technicalCommittee: { address: Address };
  economicCommittee: { address: Address };
  partnershipCouncil: { address: Address };
}

async function accounts(connection: NetworkConnection) {
  const wallets = await connection.viem.getWalletClients();
  const at = (i: number): SeedAccount => {
    const w = wallets[i];
    if (!w) throw new Error(`No node account ${i}`);
    return w.account;
  };
  return { at, small: at(10), bronze: at(11), silver: at(12), gold: at(13), whale: at(14) };
}

export async function seedGovernanceHistory(
  connection: NetworkConnection,
  deployed: Deployed,
): Promise<void> {
  const { viem, provider } = connection;
  const { at, small, bronze, silver, gold, whale } = await accounts(connection);
  const g = await governanceActions(connection, deployed.governor.address, deployed.token.address);
  const registry = await viem.getContractAt("TwinRegistry", deployed.twinRegistry.address);
  const staking = await viem.getContractAt("DTAStaking", (await g.governor.read.token!()) as Address);
  const token = g.token;

  // The treasury grants the two proposers their deposits (and #13 a second stake that takes it past the
  // 1,000,000-vote threshold), as a passed proposal would on a public chain.
  const timelock = deployed.timelock.address;
  await provider.request({ method: "hardhat_impersonateAccount", params: [timelock] });
  await provider.request({ method: "hardhat_setBalance", params: [timelock, "0x8ac7230489e80000"] });
  await token.write.transfer!([whale.address, dta("100000")], { account: timelock });
  await token.write.transfer!([gold.address, dta("360000")], { account: timelock });
  await provider.request({ method: "hardhat_stopImpersonatingAccount", params: [timelock] });
  await token.write.approve!([staking.address, dta("300000")], { account: gold });
  await staking.write.stake!([dta("300000"), 365n], { account: gold });
  await g.advance(60);

  const call = (target: Address, data: `0x${string}`) => ({
    targets: [target],
    values: [0n],
    calldatas: [data],
  });
  const transfer = (to: Address, amount: bigint) =>
    call(token.address, encodeFunctionData({ abi: token.abi, functionName: "transfer", args: [to, amount] }));
  const burn = (amount: bigint) =>
    call(token.address, encodeFunctionData({ abi: token.abi, functionName: "burn", args: [amount] }));
  const addType = call(
    registry.address,
    encodeFunctionData({ abi: registry.abi, functionName: "addTwinType", args: ["Aviation"] }),
  );

  // ─── day 0: proposals ─────────────────────────────────────────────────────────────────────────────────
  // The vetoed and canceled ones first: staking's governance bonus check walks the newest proposals within a
  // 50,000-gas cap and skips canceled ones, so they sit where the walk does not reach them.
  const vetoed = await g.propose(
    whale,
    Committee.Technical,
    [transfer(whale.address, dta("5000000"))],
    formatProposalText({
      title: "Pay 5,000,000 DTA to the proposer",
      body: "Vetoed by the Technical Committee during review.",
      bucket: "treasury",
    }),
  );
  const canceled = await g.propose(
    gold,
    Committee.Partnership,
    [transfer(deployed.partnershipCouncil.address, dta("10000"))],
    formatProposalText({ title: "Conference booth (withdrawn by the proposer)", bucket: "treasury" }),
  );
  const executedGrant = await g.propose(
    whale,
    Committee.Partnership,
    [
      {
        targets: [...addType.targets, token.address],
        values: [0n, 0n],
        calldatas: [
          ...addType.calldatas,
          transfer(deployed.partnershipCouncil.address, dta("250000")).calldatas[0]!,
        ],
      },
    ],
    formatProposalText({
      title: "Aviation twins: new twin type and a 250,000 DTA partnership grant",
      body: "Adds the Aviation twin type and funds the Partnership Council's airline pilot programme.",
      bucket: "treasury",
    }),
  );
  const executedBurn = await g.propose(
    gold,
    Committee.Economic,
    [burn(dta("1000000")), burn(dta("2500000")), { targets: [], values: [], calldatas: [] }],
    formatProposalText({
      title: "Quarterly burn from the deflationary allocation",
      body: "How much of the 82M deflationary allocation to burn this quarter.",
      optionLabels: ["Burn 1,000,000 DTA", "Burn 2,500,000 DTA", "Burn nothing this quarter"],
    }),
  );
  const queued = await g.propose(
    whale,
    Committee.Economic,
    [transfer(deployed.economicCommittee.address, dta("100000"))],
    formatProposalText({
      title: "Community initiatives: 100,000 DTA for regional meetups",
      body: "Paid to the Economic Committee Safe, which reports each meetup's spending.",
      bucket: "communityDao",
    }),
  );
  const expired = await g.propose(
    gold,
    Committee.Partnership,
    [transfer(deployed.partnershipCouncil.address, dta("50000"))],
    formatProposalText({
      title: "Loyalty rewards for long-time BIVE holders: 50,000 DTA",
      body: "Passed, but nobody queued it within the 14-day window.",
      bucket: "loyalty",
    }),
  );
  const defeated = await g.propose(
    whale,
    Committee.Technical,
    [
      call(
        deployed.serviceFees.address,
        encodeFunctionData({
          abi: (await viem.getContractAt("ServiceFees", deployed.serviceFees.address)).abi,
          functionName: "setServiceBurnBps",
          args: [500n],
        }),
      ),
    ],
    formatProposalText({
      title: "Raise the service burn to 5%",
      body: "The most the bounds allow, at once.",
    }),
  );
  const missedQuorum = await g.propose(
    gold,
    Committee.Economic,
    [transfer(deployed.economicCommittee.address, dta("20000"))],
    formatProposalText({ title: "Sponsor a hackathon prize pool: 20,000 DTA", bucket: "communityDao" }),
  );
  await g.cancel(canceled, gold);
  const technicalOwners = LOCAL_ROLES.technicalCommittee.map(at);
  await g.veto(vetoed, deployed.technicalCommittee.address, technicalOwners.slice(0, 2), technicalOwners[2]!);

  // ─── day 2: voting opens on the day-0 proposals ───────────────────────────────────────────────────────
  await g.advance(2 * DAY + 60);
  const votes: readonly (readonly [SeedAccount, SeededProposal, number, string])[] = [
    [whale, executedGrant, Vote.For, "Aviation operators asked for this for a year."],
    [gold, executedGrant, Vote.For, "A grant with a clear milestone plan."],
    [silver, executedGrant, Vote.Against, "250k is a lot for a pilot programme."],
    [bronze, executedGrant, Vote.For, ""],
    [small, executedGrant, Vote.Abstain, "No view on aviation."],
    [whale, executedBurn, 1, "Supply should shrink faster while usage grows."],
    [gold, executedBurn, 0, "Burn steadily, not in jumps."],
    [silver, executedBurn, 1, "2.5M keeps us on the 5–10% target."],
    [bronze, executedBurn, 2, "Keep the allocation for a bear market."],
    [whale, queued, Vote.For, "Meetups bring the providers we need."],
    [silver, queued, Vote.For, "Small, accountable, reported."],
    [gold, expired, Vote.For, "Reward the holders who stayed."],
    [whale, defeated, Vote.For, "Burn more, now."],
    [gold, defeated, Vote.Against, "Too fast: providers need time to reprice."],
    [silver, defeated, Vote.Against, "Raise it in steps, 3% first."],
    [small, missedQuorum, Vote.For, "Hackathons bring builders."],
  ];
  for (const [voter, p, support, reason] of votes) await g.vote(voter, p, support, reason);
  // A proposal made while the others are voting: voting on it opens on day 4 and ends on day 9.
  const succeeded = await g.propose(
    whale,
    Committee.Partnership,
    [transfer(deployed.partnershipCouncil.address, dta("75000"))],
    formatProposalText({
      title: "Integration grant: port operator data feeds (75,000 DTA)",
      body: "Succeeded; anyone may queue it in the timelock.",
      bucket: "treasury",
    }),
  );

  // ─── day 7: voting has ended on the day-0 proposals ───────────────────────────────────────────────────
  await g.advance(5 * DAY);
  await g.vote(whale, succeeded, Vote.For, "Port data makes the logistics twins useful.");
  await g.vote(silver, succeeded, Vote.For, "");
  await g.vote(bronze, succeeded, Vote.Against, "Partner should co-fund.");
  for (const p of [executedGrant, executedBurn, queued]) await g.queue(p, small);
  // The expired proposal's deposit is deliberately left held: the page's "Settle deposit" panel shows on it.
  await g.governor.write.settleDeposit!([defeated.id], { account: small });
  await g.governor.write.settleDeposit!([missedQuorum.id], { account: small });

  // ─── day 9: the timelock delay has passed ─────────────────────────────────────────────────────────────
  await g.advance(2 * DAY);
  for (const p of [executedGrant, executedBurn]) await g.execute(p, small);
  await g.advance(HISTORY_SECONDS - (2 * DAY + 60) - 5 * DAY - 2 * DAY);
  console.log(
    `Seeded governance history: ${await g.governor.read.proposalCount!()} proposals (clock +12 days 12 hours).`,
  );
}

export async function seedGovernanceLive(connection: NetworkConnection, deployed: Deployed): Promise<void> {
  const { viem } = connection;
  const { small, bronze, silver, gold, whale } = await accounts(connection);
  const g = await governanceActions(connection, deployed.governor.address, deployed.token.address);
  const staking = await viem.getContractAt("DTAStaking", (await g.governor.read.token!()) as Address);
  const registry = await viem.getContractAt("TwinRegistry", deployed.twinRegistry.address);

  await staking.write.delegate!([silver.address], { account: small });
  await staking.write.delegate!([gold.address], { account: bronze });

  const bounds = (maxWhole: string) => ({
    targets: [registry.address],
    values: [0n],
    calldatas: [
      encodeFunctionData({ abi: registry.abi, functionName: "setRateBounds", args: [100n, dta(maxWhole)] }),
    ],
  });
  const ceiling = await g.propose(
    gold,
    Committee.Technical,
    [bounds("100"), bounds("150"), bounds("250")],
    formatProposalText({
      title: "Twin simulation rate ceiling",
      body: "Research twins ask for more than 100 DTA an hour.",
      optionLabels: ["Keep 100 DTA per hour", "Raise to 150 DTA per hour", "Raise to 250 DTA per hour"],
    }),
  );
  await g.advance(LIVE_SECONDS);
  await g.vote(gold, ceiling, 1, "150 covers the wind-tunnel twins.");
  await g.vote(whale, ceiling, 2, "Let the market price research twins.");
  await g.propose(
    whale,
    Committee.Partnership,
    [
      {
        targets: [g.token.address],
        values: [0n],
        calldatas: [
          encodeFunctionData({
            abi: g.token.abi,
            functionName: "transfer",
            args: [deployed.partnershipCouncil.address, dta("40000")],
          }),
        ],
      },
    ],
    formatProposalText({
      title: "Alliance with a smart-city consortium: 40,000 DTA",
      body: "In review: the Partnership Council may veto it before voting opens.",
      bucket: "treasury",
    }),
  );
  console.log(
    `Seeded live governance: ${await g.governor.read.proposalCount!()} proposals in all, 2 delegations (clock +2 days 10 minutes).`,
  );
}
