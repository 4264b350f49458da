import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  fetchDelegates,
  fetchProposal,
  fetchProposals,
  fetchProposalVotes,
  fetchTreasuryFlows,
  governanceKeys,
  participationPercent,
} from "./governance";
import { isProposalWire, isTreasuryWire, isVoteWire } from "./governanceGuards";
import { parseProposalFilter, proposalSearchParams } from "./governanceParams";
import type {
  DelegatePageWire,
  ProposalPageWire,
  ProposalWire,
  TreasuryWire,
  VoteWire,
} from "./governanceTypes";

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};
const ADDR = "0x00000000000000000000000000000000000000ab";
const TX = `0x${"ab".repeat(32)}` as const;

const proposal: ProposalWire = {
  id: "115792089237316195423570985008687907853269984665640564039457584007913129639935",
  proposer: ADDR,
  committee: "Economic",
  kind: "multiOption",
  title: "Quarterly burn",
  description: "# Quarterly burn",
  state: "Active",
  options: [
    { index: 0, label: "Burn 1M", raw: "9007199254740993", sqrtWeight: "94906265", voters: 1 },
    { index: 1, label: "Burn nothing", raw: "0", sqrtWeight: "0", voters: 0 },
  ],
  actions: [{ option: 0, target: ADDR, value: "0", calldata: "0x42966c68" }],
  upgradeMask: 0,
  upgradeApproved: false,
  snapshot: "1000",
  deadline: "2000",
  deposit: "100000000",
  depositState: "held",
  quorum: null,
  participation: "9007199254740993",
  voters: 1,
  vetoedBy: null,
  eta: null,
  createdAt: "900",
  createdBlock: "12",
  createdTx: TX,
  canceledAt: null,
  queuedAt: null,
  executedAt: null,
  executedTx: null,
  depositSettledAt: null,
};
const counts = {
  Review: 0,
  Active: 1,
  Succeeded: 0,
  Defeated: 0,
  Vetoed: 0,
  Queued: 0,
  Executed: 0,
  Expired: 0,
  Canceled: 0,
};

function answering(body: unknown, status = 200) {
  const asked: string[] = [];
  const fetchImpl = async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify(body), { status });
  };
  return { asked, fetchImpl };
}

describe("governance list parameters", () => {
  it("reads a known state and the page; an unknown state means every state", () => {
    assert.deepEqual(parseProposalFilter(from("state=Queued&page=2")), {
      page: 2,
      pageSize: 25,
      state: "Queued",
    });
    assert.equal(parseProposalFilter(from("state=queued")).state, undefined);
    assert.equal(proposalSearchParams({ state: "Active", page: 1 }).toString(), "state=Active");
    assert.equal(proposalSearchParams({ page: 3, pageSize: 10 }).toString(), "page=3&pageSize=10");
  });
});

describe("governance guards", () => {
  it("accept a proposal and refuse a wrong state, committee or amount", () => {
    assert.equal(isProposalWire(proposal), true);
    assert.equal(isProposalWire({ ...proposal, state: "Pending" }), false);
    assert.equal(isProposalWire({ ...proposal, committee: "Security" }), false);
    assert.equal(isProposalWire({ ...proposal, participation: "1.5" }), false);
    assert.equal(isProposalWire({ ...proposal, options: [{ index: 0 }] }), false);
  });

  it("check votes and treasury answers", () => {
    const vote: VoteWire = {
      id: "1-0xab",
      txHash: TX,
      blockNumber: "5",
      timestamp: "6",
      logIndex: 0,
      proposalId: "1",
      voter: ADDR,
      option: 1,
      raw: "4000000",
      sqrtWeight: "2000",
      reason: "",
    };
    assert.equal(isVoteWire(vote), true);
    assert.equal(isVoteWire({ ...vote, reason: null }), false);
    const treasury: TreasuryWire = {
      byBucket: [{ bucket: "burnReserve", spent: "0", burned: "5" }],
      genesis: "10",
      otherIn: "0",
      otherOut: "0",
      movements: [],
    };
    assert.equal(isTreasuryWire(treasury), true);
    assert.equal(
      isTreasuryWire({ ...treasury, byBucket: [{ bucket: "team", spent: "0", burned: "0" }] }),
      false,
    );
  });
});

describe("governance client", () => {
  it("asks for a state's page and keeps every amount exact as bigint", async () => {
    const body: ProposalPageWire = {
      items: [proposal],
      page: 1,
      pageSize: 25,
      hasNext: false,
      counts,
      total: 1,
      now: "1500",
      queueWindow: "1209600",
    };
    const { asked, fetchImpl } = answering(body);
    const page = await fetchProposals({ state: "Active" }, { baseUrl: "http://indexer", fetch: fetchImpl });
    assert.deepEqual(asked, ["http://indexer/governance/proposals?state=Active"]);
    const [p] = page.items;
    assert.equal(p!.id, 2n ** 256n - 1n);
    assert.equal(p!.options[0]!.raw, 9_007_199_254_740_993n);
    assert.equal(page.now, 1500n);
    assert.equal(page.counts.Active, 1);
  });

  it("refuses an answer of the wrong shape and reads a missing proposal as null", async () => {
    const bad = answering({ items: [{ ...proposal, deadline: -1 }], page: 1, pageSize: 25, hasNext: false });
    await assert.rejects(fetchProposals({}, { baseUrl: "http://i", fetch: bad.fetchImpl }));
    const missing = answering({ error: "no proposal 7" }, 404);
    assert.equal(await fetchProposal(7n, { baseUrl: "http://i", fetch: missing.fetchImpl }), null);
  });

  it("pages votes and delegates, and treasury flows as bigint", async () => {
    const votes = answering({ items: [], page: 2, pageSize: 25, hasNext: false });
    await fetchProposalVotes(9n, { page: 2 }, { baseUrl: "http://i", fetch: votes.fetchImpl });
    assert.deepEqual(votes.asked, ["http://i/governance/proposals/9/votes?page=2"]);
    const delegates: DelegatePageWire = {
      items: [{ address: ADDR, power: "30000", delegators: 2, finished: 3, voted: 2, firstPowerAt: "10" }],
      page: 1,
      pageSize: 25,
      hasNext: false,
      total: 1,
      totalPower: "30000",
      firstRank: 1,
    };
    const d = await fetchDelegates({}, { baseUrl: "http://i", fetch: answering(delegates).fetchImpl });
    assert.equal(d.items[0]!.power, 30_000n);
    assert.equal(participationPercent(d.items[0]!), 66);
    assert.equal(participationPercent({ voted: 0, finished: 0 }), null);
    const flows = await fetchTreasuryFlows({
      baseUrl: "http://i",
      fetch: answering({ byBucket: [], genesis: "4700000000000", otherIn: "1", otherOut: "2", movements: [] })
        .fetchImpl,
    });
    assert.equal(flows.genesis, 4_700_000_000_000n);
  });

  it("keys queries by chain, account and parameters", () => {
    const a = governanceKeys.proposals(31337, "0xAB00000000000000000000000000000000000000", {
      page: 1,
      pageSize: 25,
    });
    const b = governanceKeys.proposals(31337, undefined, { page: 1, pageSize: 25 });
    assert.notDeepEqual(a, b);
    assert.equal((a[3] as { account?: string }).account, "0xab00000000000000000000000000000000000000");
  });
});
