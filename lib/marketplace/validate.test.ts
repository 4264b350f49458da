import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  checkListingBalance,
  checkPaymentBalance,
  checkPrice,
  checkQueries,
  checkRequestId,
  checkResponse,
  checkServiceName,
  inlineDescription,
} from "./validate";

const fails = (result: { ok: boolean; message?: string }, pattern: RegExp) => {
  assert.equal(result.ok, false);
  assert.match(result.message ?? "", pattern);
};

describe("marketplace inputs", () => {
  it("names: 1–64 bytes after trimming, counted in UTF-8", () => {
    assert.deepEqual(checkServiceName("  Invoice OCR "), { ok: true, value: "Invoice OCR" });
    fails(checkServiceName("   "), /Enter the service's name/);
    assert.equal(checkServiceName("x".repeat(64)).ok, true);
    fails(checkServiceName("x".repeat(65)), /65 bytes long; the most is 64/);
    fails(checkServiceName("é".repeat(33)), /66 bytes/);
  });

  it("prices: above 0, at most 1,000,000 DTA, at most 4 decimals, in base units", () => {
    assert.deepEqual(checkPrice("0.0001"), { ok: true, value: 1n });
    assert.deepEqual(checkPrice("1.25"), { ok: true, value: 12_500n });
    fails(checkPrice("0"), /more than 0 DTA/);
    fails(checkPrice("1000000.0001"), /at most 1,000,000 DTA/);
    fails(checkPrice("0.00001"), /at most 4 decimal places/);
    fails(checkPrice("abc"), /digits/);
  });

  it("queries: whole numbers 1–1,000", () => {
    assert.deepEqual(checkQueries("3"), { ok: true, value: 3n });
    assert.deepEqual(checkQueries("1000"), { ok: true, value: 1000n });
    fails(checkQueries("0"), /at least 1 query/);
    fails(checkQueries("1.5"), /whole numbers/);
    fails(checkQueries("1001"), /at most 1,000 queries/);
    fails(checkQueries("1,000"), /thousands separators/);
    fails(checkQueries("-2"), /digits only/);
    fails(checkQueries(""), /how many queries/);
  });

  it("balances: the listing fee and a payment must be covered", () => {
    assert.equal(checkListingBalance(1_000_000n, 1_000_000n).ok, true);
    fails(checkListingBalance(999_999n, 1_000_000n), /0\.0001 DTA short/);
    fails(checkListingBalance(undefined, 1n), /Reading/);
    assert.equal(checkPaymentBalance(5n, 5n).ok, true);
    fails(checkPaymentBalance(6n, 5n), /costs 0\.0006 DTA/);
  });

  it("reads a description carried inline in a data: URI, never anything else", () => {
    const uri = `data:application/json,${encodeURIComponent(JSON.stringify({ description: "Reads invoices." }))}`;
    assert.equal(inlineDescription(uri), "Reads invoices.");
    assert.equal(inlineDescription('data:application/json,{"name":"x","description":"Raw"}'), "Raw");
    assert.equal(inlineDescription("ipfs://bafy"), undefined);
    assert.equal(inlineDescription("data:application/json,{broken"), undefined);
  });

  it("responses: a typed hash as is, otherwise the keccak-256 of the text; request numbers from 1", () => {
    const hash = `0x${"ab".repeat(32)}`;
    assert.deepEqual(checkResponse(` ${hash} `), { ok: true, value: hash });
    assert.deepEqual(checkResponse("hello"), {
      ok: true,
      value: "0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8",
    });
    fails(checkResponse("0x12"), /0x followed by 64 hex digits/);
    fails(checkResponse(`0x${"0".repeat(64)}`), /all zeros/);
    fails(checkResponse("  "), /response text/);
    assert.deepEqual(checkRequestId("#12"), { ok: true, value: 12n });
    fails(checkRequestId("0"), /whole number/);
    fails(checkRequestId("1.5"), /whole number/);
  });
});
