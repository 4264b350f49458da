import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dataKeys, fetchContributions, fetchStreamHistory, fetchStreams, streamHistoryCsv } from "./data";
import { isContributionWire, isStreamEventWire, isStreamWire } from "./dataGuards";
import {
  contributionSearchParams,
  parseContributionFilter,
  parseStreamFilter,
  streamSearchParams,
} from "./dataParams";
import type { ContributionWire, StreamEventWire, StreamWire } from "./dataTypes";

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};
const ADDR = "0x00000000000000000000000000000000000000ab" as const;
const OTHER = "0x00000000000000000000000000000000000000cd" as const;
const TX = `0x${"ab".repeat(32)}` as const;

const contribution: ContributionWire = {
  id: "3",
  contributor: ADDR,
  categoryId: 2,
  dataHash: `0x${"12".repeat(32)}`,
  licence: "restricted",
  // Beyond Number's exact range: kept exact as bigint.
  premiumPrice: "9007199254740993",
  status: "scored",
  score: 95,
  multiplierBps: 20_000,
  reward: "200000",
  rewardNeeded: "400000",
  premiumsPaid: 2,
  premiumEarnings: "18000",
  submittedAt: "1796883887",
  scoredAt: "1796883900",
};
const stream: StreamWire = {
  id: "7",
  sender: ADDR,
  recipient: OTHER,
  ratePerSecond: "11574074074074",
  state: "streaming",
  deposited: "100000",
  withdrawn: "5000",
  refunded: "0",
  openedAt: "1796883887",
  stoppedAt: null,
  balance: "95000",
  snapshotTime: "1796883987",
  snapshotDebtScaled: "123456789",
};
const event = (over: Partial<StreamEventWire>): StreamEventWire => ({
  id: "e",
  txHash: TX,
  blockNumber: "10",
  timestamp: "1796883887",
  logIndex: 0,
  streamId: "7",
  kind: "opened",
  actor: ADDR,
  amount: "100000",
  extra: null,
  counterparty: null,
  ...over,
});

const answering = (pages: readonly unknown[]) => {
  const asked: string[] = [];
  let n = 0;
  const fetchImpl = async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify(pages[Math.min(n++, pages.length - 1)]), { status: 200 });
  };
  return { asked, fetchImpl };
};

describe("data list parameters", () => {
  it("round-trips a contribution filter through the URL, defaults left out", () => {
    const filter = parseContributionFilter(
      from(`contributor=${ADDR.toUpperCase().replace("0X", "0x")}&status=pending&page=2`),
    );
    assert.deepEqual(filter, { page: 2, pageSize: 25, contributor: ADDR, status: "pending" });
    assert.equal(contributionSearchParams(filter).toString(), `contributor=${ADDR}&status=pending&page=2`);
    assert.equal(contributionSearchParams({ page: 1, pageSize: 25 }).toString(), "");
  });
  it("drops invalid values: a bad status, a bad address, a bad role", () => {
    assert.deepEqual(parseContributionFilter(from("status=maybe&contributor=0x12")), {
      page: 1,
      pageSize: 25,
      contributor: undefined,
      status: undefined,
    });
    assert.equal(parseStreamFilter(from(`account=${ADDR}&role=owner`)).role, "any");
    assert.equal(
      streamSearchParams(parseStreamFilter(from(`account=${ADDR}&role=sent`))).toString(),
      `account=${ADDR}&role=sent`,
    );
  });
});

describe("data guards", () => {
  it("accept the routes' shapes", () => {
    assert.ok(isContributionWire(contribution));
    assert.ok(
      isContributionWire({
        ...contribution,
        status: "pending",
        score: null,
        multiplierBps: null,
        scoredAt: null,
      }),
    );
    assert.ok(isStreamWire(stream));
    assert.ok(isStreamEventWire(event({})));
  });
  it("refuse a wrong licence, a score over 100, a short hash, a number amount, an unknown kind", () => {
    assert.equal(isContributionWire({ ...contribution, licence: "private" }), false);
    assert.equal(isContributionWire({ ...contribution, score: 101 }), false);
    assert.equal(isContributionWire({ ...contribution, dataHash: "0x12" }), false);
    assert.equal(isStreamWire({ ...stream, deposited: 100000 }), false);
    assert.equal(isStreamWire({ ...stream, state: "depleted" }), false);
    assert.equal(isStreamWire({ ...stream, snapshotDebtScaled: undefined }), false);
    assert.equal(isStreamWire({ ...stream, balance: "-1" }), false);
    assert.equal(isStreamEventWire(event({ kind: "burned" as "opened" })), false);
  });
});

describe("data fetchers", () => {
  it("fetch contributions with the filter in the URL and amounts as exact bigint", async () => {
    const { asked, fetchImpl } = answering([
      { items: [contribution], page: 1, pageSize: 25, hasNext: false },
    ]);
    const page = await fetchContributions(
      { contributor: ADDR, status: "scored" },
      { baseUrl: "http://i", fetch: fetchImpl },
    );
    assert.deepEqual(asked, [`http://i/data/contributions?contributor=${ADDR}&status=scored`]);
    assert.equal(page.items[0]!.premiumPrice, 9_007_199_254_740_993n);
    assert.equal(page.items[0]!.scoredAt, 1_796_883_900n);
  });
  it("refuse an answer of the wrong shape", async () => {
    const { fetchImpl } = answering([
      { items: [{ ...stream, id: 7 }], page: 1, pageSize: 25, hasNext: false },
    ]);
    await assert.rejects(
      fetchStreams({ account: ADDR, role: "sent" }, { baseUrl: "http://i", fetch: fetchImpl }),
      /unexpected shape/,
    );
  });
  it("read every page of a stream's history and write it as CSV", async () => {
    const { asked, fetchImpl } = answering([
      { items: [event({ id: "a" })], page: 1, pageSize: 100, hasNext: true },
      {
        items: [
          event({ id: "b", kind: "stopped", amount: "5000", extra: "95000", blockNumber: "12", logIndex: 3 }),
        ],
        page: 2,
        pageSize: 100,
        hasNext: false,
      },
    ]);
    const events = await fetchStreamHistory([7n], { baseUrl: "http://i", fetch: fetchImpl });
    assert.deepEqual(asked, [
      "http://i/streams/7/events?page=1&pageSize=100",
      "http://i/streams/7/events?page=2&pageSize=100",
    ]);
    assert.equal(
      streamHistoryCsv(events),
      "stream,kind,actor,amount_base_units,extra_base_units,counterparty,timestamp,block,tx\n" +
        `7,opened,${ADDR},100000,,,1796883887,10,${TX}\n` +
        `7,stopped,${ADDR},5000,95000,,1796883887,12,${TX}\n`,
    );
  });
  it("key queries by chain and every parameter, addresses lower-cased", () => {
    const a = dataKeys.streams(31337, {
      page: 1,
      pageSize: 25,
      account: ADDR.toUpperCase().replace("0X", "0x") as `0x${string}`,
      role: "sent",
    });
    assert.deepEqual(a, [
      "indexer",
      "data",
      "streams",
      { chainId: 31337, page: 1, pageSize: 25, account: ADDR, role: "sent" },
    ]);
    assert.notDeepEqual(a, dataKeys.streams(1, { page: 1, pageSize: 25, account: ADDR, role: "sent" }));
  });
});
