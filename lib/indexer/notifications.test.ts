import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { IndexerError } from "./client";
import { fetchNotifications, notificationKeys } from "./notifications";

const ACCOUNT = "0xAbCdEf0000000000000000000000000000000001";
const wire = {
  account: ACCOUNT.toLowerCase(),
  now: "1000",
  items: [
    {
      id: "vote:3",
      kind: "vote",
      title: "Vote on “X”",
      detail: "Voting is open and you have not voted yet.",
      href: "/governance/3",
      at: "900",
      endsAt: "2000",
    },
    {
      id: "executed:1",
      kind: "executed",
      title: "t",
      detail: "d",
      href: "/governance/1",
      at: "800",
      endsAt: null,
    },
  ],
};

const answering = (body: unknown, seen: string[] = []) => ({
  baseUrl: "http://indexer",
  fetch: async (url: string) => {
    seen.push(url);
    return new Response(JSON.stringify(body), { status: 200 });
  },
});

describe("fetchNotifications", () => {
  it("asks for the lower-cased account (and a look-ahead time) and parses times to bigint", async () => {
    const seen: string[] = [];
    const got = await fetchNotifications(ACCOUNT, { ...answering(wire, seen), now: 1500n });
    assert.deepEqual(seen, [`http://indexer/notifications/${ACCOUNT.toLowerCase()}?now=1500`]);
    assert.equal(got.now, 1000n);
    assert.deepEqual(got.items[0], { ...wire.items[0], at: 900n, endsAt: 2000n });
    assert.equal(got.items[1]?.endsAt, null);
  });

  it("refuses an answer of the wrong shape", async () => {
    const bad = [
      { ...wire, items: [{ ...wire.items[0], kind: "party" }] },
      { ...wire, items: [{ ...wire.items[0], href: "https://elsewhere.example" }] },
      { ...wire, items: [{ ...wire.items[0], at: "-1" }] },
      { ...wire, now: 1000 },
    ];
    for (const body of bad) {
      await assert.rejects(fetchNotifications(ACCOUNT, answering(body)), IndexerError);
    }
  });

  it("keys the cache by chain and account", () => {
    assert.notDeepEqual(notificationKeys.forAccount(1, ACCOUNT), notificationKeys.forAccount(31337, ACCOUNT));
    assert.deepEqual(
      notificationKeys.forAccount(1, ACCOUNT),
      notificationKeys.forAccount(1, ACCOUNT.toLowerCase() as `0x${string}`),
    );
  });
});
