import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  TWIN_BOND,
  checkBondBalance,
  checkCategory,
  checkDeviceKey,
  checkHash,
  checkHours,
  checkMetadataUri,
  checkRate,
} from "./validate";

const message = (r: { ok: boolean; message?: string }): string => (r.ok ? "ok" : (r.message ?? ""));

describe("twin input checks", () => {
  it("bond: refuses a balance short of 10,000 DTA and says by how much", () => {
    assert.equal(
      message(checkBondBalance(TWIN_BOND - 1n)),
      "Registering locks 10,000 DTA; your balance is 9,999.9999 DTA — 0.0001 DTA short.",
    );
    assert.deepEqual(checkBondBalance(TWIN_BOND), { ok: true, value: TWIN_BOND });
    assert.equal(checkBondBalance(undefined).ok, false);
  });

  it("category: refuses empty and over 32 bytes (multi-byte letters count as bytes), trims", () => {
    assert.equal(message(checkCategory("   ")), "Enter a category, e.g. Wind farms.");
    assert.deepEqual(checkCategory(" Wind farms "), { ok: true, value: "Wind farms" });
    assert.equal(checkCategory("x".repeat(32)).ok, true);
    assert.equal(message(checkCategory("x".repeat(33))), "The category is 33 bytes long; the most is 32.");
    assert.equal(message(checkCategory("é".repeat(17))), "The category is 34 bytes long; the most is 32.");
  });

  it("metadata URI: accepts ipfs, https, ar and data; refuses other schemes, spaces, bare schemes and > 256 bytes", () => {
    for (const uri of [
      "ipfs://bafy123",
      "https://example.org/twin.json",
      "ar://abc",
      "data:application/json,{}",
    ]) {
      assert.equal(checkMetadataUri(uri).ok, true, uri);
    }
    assert.match(message(checkMetadataUri("not a uri")), /no spaces/);
    assert.match(message(checkMetadataUri("twin.json")), /not a valid URI/);
    assert.match(message(checkMetadataUri("ipfs://")), /not a valid URI/);
    assert.match(message(checkMetadataUri("javascript:alert(1)")), /aren't accepted/);
    assert.equal(checkMetadataUri(`ipfs://${"a".repeat(249)}`).ok, true);
    assert.equal(
      message(checkMetadataUri(`ipfs://${"a".repeat(250)}`)),
      "The URI is 257 bytes long; the most is 256.",
    );
    assert.match(message(checkMetadataUri("")), /Enter the metadata URI/);
  });

  it("hours: whole numbers 1 … 1,000 only", () => {
    assert.equal(message(checkHours("0")), "Buy at least 1 hour.");
    assert.equal(message(checkHours("1.5")), "Hours are whole numbers: 1, 2, 3 … 1,000.");
    assert.equal(message(checkHours("1,001")), "Leave out thousands separators: type 1000, not 1,000.");
    assert.equal(message(checkHours("1001")), "A job buys at most 1000 hours.");
    assert.equal(message(checkHours("-2")), "Use digits only, like 3.");
    assert.deepEqual(checkHours(" 3 "), { ok: true, value: 3n });
    assert.deepEqual(checkHours("1000"), { ok: true, value: 1000n });
  });

  it("rate: within the governance bounds, in DTA with 4 decimals", () => {
    const bounds = { min: 100n, max: 1_000_000n };
    assert.deepEqual(checkRate("0.25", bounds), { ok: true, value: 2_500n });
    assert.equal(message(checkRate("0.001", bounds)), "The rate must be between 0.01 and 100 DTA per hour.");
    assert.equal(
      message(checkRate("100.0001", bounds)),
      "The rate must be between 0.01 and 100 DTA per hour.",
    );
    assert.equal(checkRate("100", bounds).ok, true);
    assert.equal(checkRate("0.01", bounds).ok, true);
    assert.equal(checkRate("1", undefined).ok, false);
  });

  it("result hash: 0x + 64 hex digits, not zero", () => {
    assert.deepEqual(checkHash(`0x${"AB".repeat(32)}`), { ok: true, value: `0x${"ab".repeat(32)}` });
    assert.equal(message(checkHash("0x1234")), "The result hash must be 0x followed by 64 hex digits.");
    assert.equal(message(checkHash(`0x${"0".repeat(64)}`)), "The result hash can't be all zeros.");
    assert.equal(message(checkHash("")), "The result hash is required.");
  });

  it("device key: an address, not zero and not the owner", () => {
    const owner = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    assert.match(
      message(checkDeviceKey("0x0000000000000000000000000000000000000000", owner)),
      /zero address/,
    );
    assert.match(message(checkDeviceKey("0x1234", owner)), /not an address/);
    assert.match(message(checkDeviceKey(owner.toLowerCase(), owner)), /already record syncs/);
    assert.equal(checkDeviceKey("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", owner).ok, true);
  });
});
