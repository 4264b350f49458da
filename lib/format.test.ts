import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { formatCompact, formatDta, formatNative, groupThousands, shortAddress } from "./format";
import { GENESIS_SUPPLY } from "./tokenomics/allocation";

describe("formatDta", () => {
  it("formats base units with separators and trims trailing zeros", () => {
    assert.equal(formatDta(0n), "0");
    assert.equal(formatDta(1n), "0.0001");
    assert.equal(formatDta(10_000n), "1");
    assert.equal(formatDta(12_505_000n), "1,250.5");
    assert.equal(formatDta(GENESIS_SUPPLY), "1,000,000,000");
    assert.equal(formatDta(GENESIS_SUPPLY - 1n), "999,999,999.9999");
    assert.equal(formatDta(-12_345_678n), "-1,234.5678");
  });
  it("truncates to maxDecimals instead of rounding", () => {
    assert.equal(formatDta(19_999n, { maxDecimals: 2 }), "1.99");
    assert.equal(formatDta(10_001n, { maxDecimals: 2 }), "1");
  });
});

describe("formatNative", () => {
  it("shows wei as ether to 4 places", () => {
    assert.equal(formatNative(10_000n * 10n ** 18n), "10,000");
    assert.equal(formatNative(123_456_789_000_000_000n), "0.1234");
  });
});

describe("formatCompact", () => {
  it("abbreviates with bigint maths", () => {
    assert.equal(formatCompact(GENESIS_SUPPLY), "1B");
    assert.equal(formatCompact(137_000_000n * 10_000n), "137M");
    assert.equal(formatCompact(1_250_000n * 10_000n), "1.25M");
    assert.equal(formatCompact(12_500n * 10_000n), "12.5K");
    assert.equal(formatCompact(999_5000n), "999.5");
    assert.equal(formatCompact(0n), "0");
    assert.equal(formatCompact(1_999_999n * 10_000n), "1.99M");
  });
});

describe("helpers", () => {
  it("groups thousands", () => {
    assert.equal(groupThousands("1"), "1");
    assert.equal(groupThousands("1000"), "1,000");
    assert.equal(groupThousands("1234567"), "1,234,567");
  });
  it("shortens addresses", () => {
    assert.equal(shortAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), "0xf39F…2266");
  });
});
