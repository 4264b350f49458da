import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  formatCompact,
  formatDta,
  formatInteger,
  formatNative,
  formatUtcDate,
  groupThousands,
  shortAddress,
} from "./format";
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

describe("formatInteger", () => {
  it("groups whole numbers and bigints as en-US does", () => {
    for (const n of [0, 7, 999, 1_000, 12_345, 999_999, 1_000_000, 1_234_567_890, -1_234])
      assert.equal(formatInteger(n), n.toLocaleString("en-US"));
    assert.equal(formatInteger(10n ** 21n), "1,000,000,000,000,000,000,000");
    assert.equal(formatInteger(-45_678n), "-45,678");
  });
});

describe("formatUtcDate", () => {
  const intl = (seconds: bigint, withTime: boolean) =>
    new Date(Number(seconds) * 1000).toLocaleString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
      timeZone: "UTC",
    });

  it("writes what en-GB in UTC writes, every month, with and without the time", () => {
    const samples = [0n, 59n, 86_399n, 951_782_400n /* 29 Feb 2000 */, 4_102_444_799n /* 31 Dec 2099 */];
    for (let month = 0; month < 12; month++)
      for (const [day, hour, minute] of [
        [1, 0, 0],
        [9, 9, 5],
        [28, 23, 59],
      ] as const)
        samples.push(BigInt(Date.UTC(2026, month, day, hour, minute, 30) / 1000));
    for (const seconds of samples) {
      assert.equal(formatUtcDate(seconds), intl(seconds, false), `date of ${seconds}`);
      assert.equal(formatUtcDate(seconds, true), intl(seconds, true), `date and time of ${seconds}`);
    }
  });

  it("reads the clock in UTC, not the local zone", () => {
    assert.equal(formatUtcDate(1_767_225_599n, true), "31 Dec 2025, 23:59");
    assert.equal(formatUtcDate(1_767_225_600n, true), "1 Jan 2026, 00:00");
  });
});
