import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  fetchActivity,
  fetchIndexerStatus,
  fetchPoolReservations,
  fetchSupplyHistory,
  fetchSwaps,
  indexerKeys,
  indexerUrl,
  IndexerError,
} from "./client";
import { parseActivityFilter } from "./params";
import type { ActivityWire, PaginatedResult } from "./types";

const ACCOUNT = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const TX = `0x${"ab".repeat(32)}` as const;

const stakedRow: ActivityWire = {
  id: "1-0",
  txHash: TX,
  blockNumber: "42",
  timestamp: "1796229440",
  logIndex: 3,
  account: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
  kind: "staked",
  // 999,999,999.9999 DTA: beyond Number's exact range in base units once multiplied, kept exact as bigint.
  amount: "9999999999999",
  extra: null,
  counterparty: null,
  tokenId: "7",
};

/** A fetch that records the URL asked for and answers with `body` (as the indexer's JSON) and `status`. */
function answering(body: unknown, status = 200) {
  const asked: string[] = [];
  const fetchImpl = async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { asked, fetchImpl };
}

describe("indexer client", () => {
  it("reads a page of activity as bigint amounts and asks with account, kinds, page, size and sort", async () => {
    const page: PaginatedResult<ActivityWire> = { items: [stakedRow], page: 2, pageSize: 10, hasNext: true };
    const { asked, fetchImpl } = answering(page);
    const result = await fetchActivity(
      ACCOUNT,
      { kinds: ["staked", "swapped"], page: 2, pageSize: 10, sort: "oldest" },
      { baseUrl: "http://indexer", fetch: fetchImpl },
    );
    assert.equal(result.items[0]?.amount, 9_999_999_999_999n);
    assert.equal(result.items[0]?.tokenId, 7n);
    assert.equal(result.items[0]?.blockNumber, 42n);
    assert.equal(result.hasNext, true);
    const url = new URL(asked[0] ?? "");
    assert.equal(url.pathname, "/activity");
    assert.equal(url.searchParams.get("account"), ACCOUNT.toLowerCase());
    assert.equal(url.searchParams.get("kind"), "staked,swapped");
    assert.equal(url.searchParams.get("page"), "2");
    assert.equal(url.searchParams.get("pageSize"), "10");
    assert.equal(url.searchParams.get("sort"), "oldest");
  });

  it("rejects a row with an unknown kind, a float amount or a missing field", async () => {
    for (const bad of [
      { ...stakedRow, kind: "rugged" },
      { ...stakedRow, amount: "1.5" },
      { ...stakedRow, amount: 15 },
      { ...stakedRow, txHash: "0x12" },
      { ...stakedRow, account: undefined },
    ]) {
      const { fetchImpl } = answering({ items: [bad], page: 1, pageSize: 25, hasNext: false });
      await assert.rejects(fetchActivity(ACCOUNT, {}, { fetch: fetchImpl }), IndexerError);
    }
  });

  it("turns an error status and an unreachable indexer into IndexerError", async () => {
    const { fetchImpl } = answering({ error: "account must be an address" }, 400);
    await assert.rejects(fetchSwaps(ACCOUNT, {}, { fetch: fetchImpl }), (e: unknown) => {
      return e instanceof IndexerError && e.status === 400;
    });
    const down = async (): Promise<Response> => {
      throw new TypeError("fetch failed");
    };
    await assert.rejects(fetchSupplyHistory({ fetch: down }), /unreachable/);
  });

  it("reads swaps and supply history", async () => {
    const swap = { ...stakedRow, biveAmount: "10" + "0".repeat(18), dtaAmount: "100000", bonus: "10000" };
    const swaps = await fetchSwaps(
      ACCOUNT,
      { pageSize: 10 },
      {
        fetch: answering({ items: [swap], page: 1, pageSize: 10, hasNext: false }).fetchImpl,
      },
    );
    assert.equal(swaps.items[0]?.biveAmount, 10n * 10n ** 18n);
    const days = await fetchSupplyHistory({
      fetch: answering({ days: [{ day: 20789, totalSupply: "10", burnedTotal: "2", burnedThatDay: "1" }] })
        .fetchImpl,
    });
    assert.deepEqual(days, [{ day: 20789, totalSupply: 10n, burnedTotal: 2n, burnedThatDay: 1n }]);
  });

  it("reads the indexed block for the app's chain and refuses a chain it does not index", async () => {
    const { fetchImpl } = answering({ local: { id: 31337, block: { number: 44, timestamp: 1796229440 } } });
    assert.deepEqual(await fetchIndexerStatus(31337, { fetch: fetchImpl }), {
      chainId: 31337,
      block: 44n,
      timestamp: 1796229440n,
    });
    await assert.rejects(fetchIndexerStatus(1, { fetch: fetchImpl }), /does not index chain 1/);
  });

  it("keys hold chain, account (any case) and every parameter", () => {
    const filter = parseActivityFilter(() => null);
    const key = (chainId: number, account: `0x${string}`, f = filter) =>
      JSON.stringify(indexerKeys.activity(chainId, account, f));
    assert.equal(key(31337, ACCOUNT), key(31337, ACCOUNT.toLowerCase() as `0x${string}`));
    assert.notEqual(key(31337, ACCOUNT), key(1, ACCOUNT));
    assert.notEqual(key(31337, ACCOUNT), key(31337, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    for (const change of [
      { page: 2 },
      { pageSize: 50 },
      { sort: "oldest" as const },
      { kinds: ["burned" as const] },
    ]) {
      assert.notEqual(key(31337, ACCOUNT), key(31337, ACCOUNT, { ...filter, ...change }));
    }
  });

  it("reads pool reservations by day as bigint, asks from a day, and refuses an unknown pool", async () => {
    const day = { pool: "staking", day: 20_790, reserved: "1234567890123", released: "5" };
    const { asked, fetchImpl } = answering({ genesisDay: 20_789, days: [day] });
    assert.deepEqual(await fetchPoolReservations(20_761, { baseUrl: "http://indexer", fetch: fetchImpl }), {
      genesisDay: 20_789,
      days: [{ pool: "staking", day: 20_790, reserved: 1_234_567_890_123n, released: 5n }],
    });
    assert.equal(asked[0], "http://indexer/pool-reservations?fromDay=20761");
    for (const bad of [
      { genesisDay: null, days: [{ ...day, pool: "treasury" }] },
      { genesisDay: null, days: [{ ...day, reserved: "-1" }] },
      { days: [] },
    ]) {
      await assert.rejects(fetchPoolReservations(0, { fetch: answering(bad).fetchImpl }), /unexpected shape/);
    }
  });

  it("takes the indexer URL from the environment, with the local default", () => {
    assert.equal(indexerUrl({ NEXT_PUBLIC_INDEXER_URL: "https://idx.example/" }), "https://idx.example");
    assert.equal(indexerUrl({}), "http://127.0.0.1:42069");
  });
});
