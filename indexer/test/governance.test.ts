/**
 * The governance routes against the real chain: the seeded proposals (every state, both kinds, all three
 * committees) agree with DTAGovernor — state, tallies, quorum, deposits — the votes carry their reasons and
 * weights, delegates' power equals the staking contract's votes, and the treasury's proposal-caused flows
 * match the executed proposals. Then a delegation made here moves power in the ranking. Fresh accounts only.
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseUnits, type Address } from "viem";
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { hardhat } from "viem/chains";
import type { ProposalState } from "../../lib/governance/state";
import { sqrtWeight } from "../../lib/governance/quadratic";
import { TREASURY_BUCKETS } from "../../lib/governance/treasury";
import {
  fetchDelegates,
  fetchProposal,
  fetchProposals,
  fetchProposalVotes,
  fetchTreasuryFlows,
  type Proposal,
} from "../../lib/indexer/governance";
import { COMMITTEES } from "../../lib/indexer/governanceTypes";
import { chain, deployed, getJson, minedAndIndexed, testClient, wallet, INDEXER_URL } from "./chain";

const opts = { baseUrl: INDEXER_URL };
const governor = deployed.DTAGovernor;
const staking = deployed.DTAStaking;
const token = deployed.DTAToken;
/** OZ IGovernor.ProposalState → the app's names (Canceled splits into Vetoed and Canceled). */
const OZ_STATES = [
  "Review",
  "Active",
  "Canceled",
  "Defeated",
  "Succeeded",
  "Queued",
  "Expired",
  "Executed",
] as const;

const send = (
  account: PrivateKeyAccount | Address,
  to: { address: Address; abi: unknown },
  functionName: string,
  args: readonly unknown[],
) =>
  wallet.writeContract({ ...to, chain: hardhat, account, functionName, args } as Parameters<
    typeof wallet.writeContract
  >[0]);

async function allProposals(): Promise<Proposal[]> {
  const out: Proposal[] = [];
  for (let page = 1; ; ++page) {
    const res = await fetchProposals({ page, pageSize: 100 }, opts);
    out.push(...res.items);
    if (!res.hasNext) return out;
  }
}

async function chainState(p: Proposal): Promise<ProposalState> {
  const s = Number(await chain.readContract({ ...governor, functionName: "state", args: [p.id] }));
  const name = OZ_STATES[s]!;
  if (name !== "Canceled") return name;
  const meta = await chain.readContract({ ...governor, functionName: "proposalMeta", args: [p.id] });
  return meta.vetoed ? "Vetoed" : "Canceled";
}

describe(`governance routes (${process.env.INDEXER_DATABASE ?? "database from env"})`, () => {
  let proposals: Proposal[];

  before(async () => {
    // A block at the chain's current time, so the indexer's clock and the governor's agree.
    await testClient.mine({ blocks: 1 });
    await minedAndIndexed(
      await send((await wallet.getAddresses())[0]!, token, "approve", [token.address, 0n]),
    );
    proposals = await allProposals();
  });

  it("serves the seeded proposals in every state, both kinds and all three committees, as the governor states them", async () => {
    const states = new Set(proposals.map((p) => p.state));
    for (const s of [
      "Review",
      "Active",
      "Succeeded",
      "Defeated",
      "Vetoed",
      "Queued",
      "Executed",
      "Expired",
      "Canceled",
    ] as const) {
      assert.ok(states.has(s), `a seeded proposal is ${s}`);
    }
    assert.deepEqual(new Set(proposals.map((p) => p.kind)), new Set(["forAgainstAbstain", "multiOption"]));
    assert.deepEqual(new Set(proposals.map((p) => p.committee)), new Set(COMMITTEES));
    const count = await chain.readContract({ ...governor, functionName: "proposalCount" });
    assert.equal(BigInt(proposals.length), count);
    for (const p of proposals) assert.equal(p.state, await chainState(p), `proposal "${p.title}"`);
  });

  it("filters by state with counts that add up, paging without overlap", async () => {
    const all = await fetchProposals({ pageSize: 100 }, opts);
    assert.equal(
      Object.values(all.counts).reduce((a, b) => a + b, 0),
      proposals.length,
    );
    for (const state of ["Active", "Defeated", "Executed"] as const) {
      const page = await fetchProposals({ state, pageSize: 100 }, opts);
      assert.equal(page.items.length, all.counts[state]);
      assert.ok(page.items.every((p) => p.state === state));
    }
    const first = await fetchProposals({ page: 1, pageSize: 3 }, opts);
    const second = await fetchProposals({ page: 2, pageSize: 3 }, opts);
    assert.equal(first.hasNext, true);
    const ids = new Set(first.items.map((p) => p.id));
    assert.ok(second.items.every((p) => !ids.has(p.id)));
    assert.equal((await getJson("/governance/proposals/x")).status, 400);
    assert.equal(await fetchProposal(123n, opts), null);
  });

  it("keeps raw and √ tallies, quorum and deposits equal to the governor's", async () => {
    for (const p of proposals.filter((x) => x.voters > 0)) {
      const [raw, sqrt, participation] = await chain.readContract({
        ...governor,
        functionName: "tally",
        args: [p.id],
      });
      for (const o of p.options) {
        assert.deepEqual(
          [o.raw, o.sqrtWeight],
          [raw[o.index], sqrt[o.index]],
          `"${p.title}" option ${o.label}`,
        );
      }
      assert.equal(p.participation, participation);
      assert.equal(
        p.quorum,
        await chain.readContract({ ...governor, functionName: "quorum", args: [p.snapshot] }),
      );
    }
    const depositNames = ["none", "held", "refunded", "burned"];
    for (const p of proposals) {
      const meta = await chain.readContract({ ...governor, functionName: "proposalMeta", args: [p.id] });
      assert.equal(p.depositState, depositNames[meta.depositState], `deposit of "${p.title}"`);
    }
    assert.ok(
      proposals.some((p) => p.state === "Defeated" && p.depositState === "burned"),
      "quorum missed: burned",
    );
    assert.ok(
      proposals.some((p) => p.state === "Defeated" && p.depositState === "refunded"),
      "honest loss: refunded",
    );
    assert.ok(
      proposals.some((p) => p.state === "Vetoed" && p.depositState === "burned"),
      "veto: burned",
    );
  });

  it("lists votes with reasons, raw and √ weight, heaviest first", async () => {
    const multi = proposals.find((p) => p.kind === "multiOption" && p.state === "Executed")!;
    const votes = await fetchProposalVotes(multi.id, { pageSize: 100 }, opts);
    assert.equal(votes.items.length, multi.voters);
    assert.ok(votes.items.some((v) => v.reason.length > 0));
    for (const [i, v] of votes.items.entries()) {
      assert.equal(v.sqrtWeight, sqrtWeight(v.raw));
      if (i > 0) assert.ok(votes.items[i - 1]!.raw >= v.raw);
      const receipt = await chain.getTransactionReceipt({ hash: v.txHash });
      assert.equal(receipt.blockNumber, v.blockNumber);
      assert.equal(
        await chain.readContract({ ...governor, functionName: "hasVoted", args: [multi.id, v.voter] }),
        true,
      );
    }
    const paged = await fetchProposalVotes(multi.id, { page: 2, pageSize: 2 }, opts);
    assert.deepEqual(
      paged.items.map((v) => v.voter),
      votes.items.slice(2, 4).map((v) => v.voter),
    );
  });

  it("ranks delegates by the staking contract's votes, with delegators and participation", async () => {
    const page = await fetchDelegates({ pageSize: 100 }, opts);
    assert.ok(page.items.length >= 3);
    for (const [i, d] of page.items.entries()) {
      assert.equal(
        d.power,
        await chain.readContract({ ...staking, functionName: "getVotes", args: [d.address] }),
      );
      if (i > 0) assert.ok(page.items[i - 1]!.power >= d.power);
      assert.ok(d.voted <= d.finished);
    }
    assert.ok(
      page.items.some((d) => d.delegators >= 2),
      "a seeded delegate has delegators besides itself",
    );
    assert.ok(page.items.some((d) => d.voted > 0 && d.finished > 0));
  });

  it("moves power in the ranking when a fresh staker delegates", async () => {
    const staker = privateKeyToAccount(generatePrivateKey());
    await testClient.setBalance({ address: staker.address, value: parseUnits("10", 18) });
    const [funder] = await wallet.getAddresses();
    const amount = parseUnits("900000", 4);
    await minedAndIndexed(await send(funder!, token, "transfer", [staker.address, amount]));
    await minedAndIndexed(await send(staker, token, "approve", [staking.address, amount]));
    // An explicit gas limit: Hardhat refuses to estimate a call whose gas-capped bonus checks run short.
    await minedAndIndexed(
      await wallet.writeContract({
        ...staking,
        chain: hardhat,
        account: staker,
        functionName: "stake",
        args: [amount, 365n],
        gas: 3_000_000n,
      }),
    );
    const before = await fetchDelegates({ pageSize: 100 }, opts);
    const mine = before.items.find((d) => d.address === staker.address.toLowerCase());
    assert.equal(mine?.power, amount * 2n, "365-day lock: 2.0× votes, self-delegated");
    const target = before.items.at(-1)!;
    await minedAndIndexed(await send(staker, staking, "delegate", [target.address]));
    const after = await fetchDelegates({ pageSize: 100 }, opts);
    assert.equal(
      after.items.find((d) => d.address === staker.address.toLowerCase()),
      undefined,
    );
    const moved = after.items.find((d) => d.address === target.address)!;
    assert.equal(moved.power, target.power + amount * 2n);
    assert.equal(moved.delegators, target.delegators + 1);
    assert.ok(after.items.indexOf(moved) < before.items.indexOf(target), "it climbs the ranking");
  });

  it("ties the timelock's outflows to the executed proposals that caused them", async () => {
    const flows = await fetchTreasuryFlows(opts);
    const held = await chain.readContract({
      ...token,
      functionName: "balanceOf",
      args: [deployed.DTATimelock.address],
    });
    assert.equal(
      flows.genesis,
      TREASURY_BUCKETS.reduce((s, b) => s + b.genesis, 0n),
    );
    const spent = flows.byBucket.reduce((s, b) => s + b.spent + b.burned, 0n);
    assert.equal(
      flows.genesis + flows.otherIn - flows.otherOut - spent,
      held,
      "flows reconcile with the balance",
    );
    const executed = proposals.filter((p) => p.state === "Executed");
    assert.ok(flows.movements.length > 0);
    for (const m of flows.movements) assert.ok(executed.some((p) => p.id === m.proposalId));
    const burns = flows.movements.filter((m) => m.burned);
    assert.ok(burns.length > 0 && burns.every((m) => m.bucket === "burnReserve"));
  });
});
