import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  checkBuyer,
  checkDataHash,
  checkPremium,
  checkScore,
  formatMultiplier,
  multiplierBps,
  scoreReward,
} from "./validate";

const HASH = "ab".repeat(32);
const DTA = 10_000n;

describe("data contribution inputs", () => {
  it("accepts a sha256sum hash with or without 0x, lower-cased", () => {
    assert.deepEqual(checkDataHash(HASH.toUpperCase()), { ok: true, value: `0x${HASH}` });
    assert.deepEqual(checkDataHash(` 0x${HASH} `), { ok: true, value: `0x${HASH}` });
  });

  it("refuses empty, non-hex, wrong-length and all-zero hashes with their own words", () => {
    const message = (input: string) => {
      const r = checkDataHash(input);
      return r.ok ? "" : r.message;
    };
    assert.match(message(""), /Choose a file/);
    assert.match(message(`0x${"g".repeat(64)}`), /hexadecimal/);
    assert.match(message("ab".repeat(31)), /64 hex digits .* this one has 62/);
    assert.match(message("0".repeat(64)), /all zeros/);
  });

  it("needs a premium above 0 and at most 1,000,000 DTA", () => {
    assert.deepEqual(checkPremium("2.5"), { ok: true, value: 25_000n });
    assert.match((checkPremium("") as { message: string }).message, /needs a premium price/);
    assert.match((checkPremium("0") as { message: string }).message, /more than 0 DTA/);
    assert.match((checkPremium("1000000.0001") as { message: string }).message, /at most 1,000,000 DTA/);
    assert.match((checkPremium("1.00001") as { message: string }).message, /decimal places/);
  });

  it("takes whole scores 0 … 100 only", () => {
    assert.deepEqual(checkScore("0"), { ok: true, value: 0 });
    assert.deepEqual(checkScore("100"), { ok: true, value: 100 });
    assert.match((checkScore("101") as { message: string }).message, /at most 100/);
    assert.match((checkScore("8.5") as { message: string }).message, /whole number/);
    assert.match((checkScore("-1") as { message: string }).message, /whole number/);
  });

  it("refuses the contributor and non-addresses as buyers", () => {
    const me = "0x1111111111111111111111111111111111111111";
    assert.match((checkBuyer(me, me) as { message: string }).message, /contributed this data/);
    assert.match((checkBuyer("0x12", me) as { message: string }).message, /not an address/);
    assert.deepEqual(checkBuyer("0x2222222222222222222222222222222222222222", me).ok, true);
  });
});

describe("score rewards", () => {
  it("uses the SPEC's bands at 49/50/79/80/94/95", () => {
    assert.deepEqual(
      [49, 50, 79, 80, 94, 95, 100].map(multiplierBps),
      [0, 10_000, 10_000, 15_000, 15_000, 20_000, 20_000],
    );
    assert.deepEqual([0, 10_000, 15_000, 20_000].map(formatMultiplier), ["0×", "1×", "1.5×", "2×"]);
  });

  it("limits the reward to the unreserved pool and says when it falls short", () => {
    assert.deepEqual(scoreReward(85, 10n * DTA, 1_000n * DTA), {
      multiplierBps: 15_000,
      needed: 15n * DTA,
      reward: 15n * DTA,
      short: false,
    });
    assert.deepEqual(scoreReward(96, 10n * DTA, 3n * DTA).reward, 3n * DTA);
    assert.equal(scoreReward(96, 10n * DTA, 0n).short, true);
    assert.equal(scoreReward(10, 10n * DTA, 0n).short, false, "nothing needed, nothing short");
  });
});
