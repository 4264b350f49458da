import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseContributionFilter, parseId, parseStreamFilter } from "./dataParams";

const from = (query: Record<string, string>) => (name: string) => query[name];
const ACCOUNT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("data economy list parameters", () => {
  it("reads a contribution filter and drops invalid values", () => {
    assert.deepEqual(parseContributionFilter(from({ contributor: ACCOUNT, status: "pending", page: "2" })), {
      page: 2,
      pageSize: 25,
      contributor: ACCOUNT.toLowerCase(),
      status: "pending",
    });
    const bad = parseContributionFilter(from({ contributor: "0x12", status: "approved", page: "-1" }));
    assert.equal(bad.contributor, undefined);
    assert.equal(bad.status, undefined);
    assert.equal(bad.page, 1);
  });

  it("reads a stream filter: role sent/received/any, any by default", () => {
    assert.equal(parseStreamFilter(from({ account: ACCOUNT, role: "sent" })).role, "sent");
    assert.equal(parseStreamFilter(from({ account: ACCOUNT, role: "received" })).role, "received");
    assert.equal(parseStreamFilter(from({ account: ACCOUNT, role: "both" })).role, "any");
    assert.equal(parseStreamFilter(from({})).account, undefined);
  });

  it("accepts whole-number ids only", () => {
    assert.equal(parseId("42"), 42n);
    assert.equal(parseId("4.2"), undefined);
    assert.equal(parseId("-1"), undefined);
    assert.equal(parseId("0x10"), undefined);
  });
});
