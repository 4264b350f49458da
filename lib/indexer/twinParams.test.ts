import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isTwinJobWire, isTwinWire } from "./twinGuards";
import { jobSearchParams, parseJobFilter, parseTwinFilter, twinSearchParams } from "./twinParams";
import { toTwin } from "./twins";

const from = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};
const OWNER = "0x00000000000000000000000000000000000000aB";

describe("twin list parameters", () => {
  it("defaults to every twin, newest first, page 1 of 25", () => {
    assert.deepEqual(parseTwinFilter(from("")), {
      page: 1,
      pageSize: 25,
      sort: "newest",
      type: undefined,
      category: undefined,
      owner: undefined,
      status: undefined,
    });
  });

  it("reads type, category (trimmed, lower-cased), owner (lower-cased), status and sort", () => {
    const filter = parseTwinFilter(
      from(`type=3&category=%20Wind%20Farms%20&owner=${OWNER}&status=suspended&sort=quality&page=2`),
    );
    assert.deepEqual(filter, {
      page: 2,
      pageSize: 25,
      sort: "quality",
      type: 3,
      category: "wind farms",
      owner: OWNER.toLowerCase(),
      status: "suspended",
    });
    assert.equal(twinSearchParams(filter).toString(), parseAndPrint(twinSearchParams(filter).toString()));
  });

  it("drops values it cannot read instead of guessing", () => {
    const filter = parseTwinFilter(
      from("type=-1&category=&owner=0x12&status=gone&sort=cheapest&pageSize=1000"),
    );
    assert.deepEqual(
      [filter.type, filter.category, filter.owner, filter.status, filter.sort, filter.pageSize],
      [undefined, undefined, undefined, undefined, "newest", 25],
    );
    assert.equal(parseTwinFilter(from("type=70000")).type, undefined);
  });

  it("omits defaults from the query string", () => {
    assert.equal(twinSearchParams({ sort: "newest", page: 1, pageSize: 25 }).toString(), "");
    assert.equal(
      jobSearchParams(parseJobFilter(from(`buyer=${OWNER}&page=3`))).toString(),
      `buyer=${OWNER.toLowerCase()}&page=3`,
    );
  });
});

function parseAndPrint(query: string): string {
  return twinSearchParams(parseTwinFilter(from(query))).toString();
}

const twinWire = {
  id: "7",
  owner: OWNER.toLowerCase(),
  typeId: 1,
  category: "Wind farms",
  metadataUri: "ipfs://x",
  quality: 95,
  status: "active",
  ratePerHour: "1000",
  bond: "100000000",
  jobsDone: 2,
  openJobs: 1,
  earnings: "12345",
  rewardsClaimed: "10000",
  jobEarnings: "2345",
  lastSync: null,
  earnsUntil: "0",
  multiplierPct: 0,
  cooldownEnds: "0",
  deviceKey: null,
  registeredAt: "1700000000",
  registeredBlock: "12",
};

describe("twin answers", () => {
  it("accepts a well-formed twin and turns its amounts into bigint", () => {
    assert.ok(isTwinWire(twinWire));
    const twin = toTwin(twinWire as Parameters<typeof toTwin>[0]);
    assert.equal(twin.bond, 100_000_000n);
    assert.equal(twin.lastSync, null);
  });

  it("refuses a twin with a bad status, a quality over 100 or an amount that is not a whole number", () => {
    assert.equal(isTwinWire({ ...twinWire, status: "paused" }), false);
    assert.equal(isTwinWire({ ...twinWire, quality: 101 }), false);
    assert.equal(isTwinWire({ ...twinWire, earnings: "1.5" }), false);
    assert.equal(isTwinWire({ ...twinWire, owner: "0x12" }), false);
  });

  it("refuses a job without a valid status or result hash", () => {
    const job = {
      id: "3",
      txHash: `0x${"1".repeat(64)}`,
      blockNumber: "5",
      timestamp: "6",
      logIndex: 0,
      jobId: "3",
      twinId: "7",
      buyer: OWNER,
      hours: 3,
      ratePerHour: "1000",
      paid: "3000",
      status: "completed",
      deadline: "99",
      resultHash: `0x${"a".repeat(64)}`,
      burned: "60",
      toPlatform: "294",
      toOwner: "2646",
    };
    assert.ok(isTwinJobWire(job));
    assert.equal(isTwinJobWire({ ...job, status: "expired" }), false);
    assert.equal(isTwinJobWire({ ...job, resultHash: "0x1234" }), false);
  });
});
