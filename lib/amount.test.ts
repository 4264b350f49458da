import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseAmount, type AmountErrorCode } from "./amount";
import { GENESIS_SUPPLY } from "./tokenomics/allocation";

const ok = (input: string, expected: bigint, balance?: bigint) => {
  const result = parseAmount(input, { balance });
  assert.deepEqual(result, { ok: true, value: expected }, `"${input}"`);
};

const err = (input: string, code: AmountErrorCode, balance?: bigint) => {
  const result = parseAmount(input, { balance });
  assert.equal(result.ok, false, `"${input}" should be refused`);
  if (!result.ok) {
    assert.equal(result.code, code, `"${input}": ${result.message}`);
    assert.ok(result.message.length > 10, "the message explains the problem");
  }
};

describe("parseAmount: valid amounts", () => {
  it("parses whole and fractional DTA into 4-decimal base units", () => {
    ok("1", 10_000n);
    ok("1250.5", 12_505_000n);
    ok("0.0001", 1n);
    ok("42.1234", 421_234n);
  });
  it("accepts one base unit (0.0001)", () => ok("0.0001", 1n));
  it("accepts exactly the full supply", () => ok("1000000000", GENESIS_SUPPLY));
  it("accepts the full supply written with 4 decimal zeros", () => ok("1000000000.0000", GENESIS_SUPPLY));
  it("trims leading and trailing spaces", () => {
    ok("  12.5  ", 125_000n);
    ok("\t7\n", 70_000n);
  });
  it('accepts a leading dot (".5") and a trailing dot ("5.")', () => {
    ok(".5", 5_000n);
    ok("5.", 50_000n);
  });
  it("accepts leading zeros", () => ok("0007", 70_000n));
  it("accepts an amount equal to the balance", () => ok("10", 100_000n, 100_000n));
});

describe("parseAmount: refused input", () => {
  it("empty or whitespace", () => {
    err("", "empty");
    err("   ", "empty");
  });
  it("zero in any spelling", () => {
    err("0", "zero");
    err("0.0000", "zero");
    err(".0", "zero");
    err("0.", "zero");
  });
  it("negative", () => {
    err("-1", "negative");
    err("-0.5", "negative");
    err(" -3 ", "negative");
  });
  it("letters and other characters", () => {
    err("abc", "invalidCharacters");
    err("12a", "invalidCharacters");
    err("1e3", "invalidCharacters");
    err("0x10", "invalidCharacters");
    err("+5", "invalidCharacters");
    err("1.2.3", "invalidCharacters");
    err(".", "invalidCharacters");
    err("1 000", "invalidCharacters");
    err("Infinity", "invalidCharacters");
    err("NaN", "invalidCharacters");
    err("１２", "invalidCharacters");
  });
  it("thousands separators", () => {
    err("1,000", "thousandsSeparator");
    err("1,000,000.5", "thousandsSeparator");
  });
  it("more than 4 decimals", () => {
    err("0.00001", "tooManyDecimals");
    err("1.23456", "tooManyDecimals");
    const r = parseAmount("0.00001");
    assert.ok(!r.ok && r.message.includes("0.0001"));
  });
  it("above the balance", () => {
    err("10.0001", "aboveBalance", 100_000n);
    err("1", "aboveBalance", 0n);
    const r = parseAmount("20000", { balance: 123_456_789n });
    assert.ok(!r.ok && r.message.includes("12,345.6789"), "names the balance");
  });
  it("absurdly large (more than the 1,000,000,000 DTA supply)", () => {
    err("1000000000.0001", "aboveSupply");
    err("99999999999999999999999999999999", "aboveSupply");
    const r = parseAmount("2000000000");
    assert.ok(!r.ok && r.message.includes("1,000,000,000"));
  });
  it("checks the supply before the balance", () => err("5000000000", "aboveSupply", 10n));
});

describe("parseAmount: other tokens and minimums", () => {
  const BIVE = { decimals: 18, symbol: "BIVE", max: 10n ** 40n };
  it("parses an 18-decimal token exactly", () => {
    assert.deepEqual(parseAmount("1.000000000000000001", BIVE), { ok: true, value: 10n ** 18n + 1n });
  });
  it("names the token and its 18 decimals when there are too many", () => {
    const r = parseAmount("0.0000000000000000001", BIVE);
    assert.ok(!r.ok && r.code === "tooManyDecimals" && r.message.includes("BIVE has at most 18"));
  });
  it("refuses amounts below the minimum with the given message", () => {
    const rules = { ...BIVE, min: 10n ** 14n, belowMinimumMessage: "Too small to swap." };
    const r = parseAmount("0.00001", rules);
    assert.ok(!r.ok && r.code === "belowMinimum" && r.message === "Too small to swap.");
    assert.deepEqual(parseAmount("0.0001", rules), { ok: true, value: 10n ** 14n });
  });
  it("explains the minimum by default", () => {
    const r = parseAmount("0.5", { min: 10_000n });
    assert.ok(!r.ok && r.message === "The smallest amount is 1 DTA.");
  });
});
