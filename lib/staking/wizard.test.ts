import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { recoverTypedDataAddress, type Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { permitSignatureParts, permitTypedData } from "../permit.ts";
import { DTA_UNIT } from "./tables.ts";
import {
  countdown,
  decodeTokenUri,
  formatApy,
  formatUnlockDate,
  parseStakeAmount,
  tierPlacement,
  unlockAt,
} from "./wizard.ts";

const dta = (whole: bigint): bigint => whole * DTA_UNIT;

describe("parseStakeAmount", () => {
  it("keeps the app's amount messages", () => {
    const cases: readonly (readonly [string, RegExp])[] = [
      ["", /Enter an amount/],
      ["0", /greater than zero/],
      ["12abc", /Use digits/],
      ["1000.12345", /at most 4 decimal places/],
      ["6000", /more than your balance/],
    ];
    for (const [text, message] of cases) {
      const result = parseStakeAmount(text, dta(5_000n));
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.message, message);
    }
  });
  it("refuses less than 1,000 DTA and says how much is missing", () => {
    const result = parseStakeAmount("999.5", dta(5_000n));
    assert.deepEqual(result, {
      ok: false,
      code: "belowMinimum",
      message: "The minimum stake is 1,000 DTA (Bronze). Add 0.5 DTA.",
    });
  });
  it("accepts exactly 1,000 DTA and the whole balance", () => {
    assert.deepEqual(parseStakeAmount("1000", dta(5_000n)), { ok: true, value: dta(1_000n) });
    assert.deepEqual(parseStakeAmount("5000", dta(5_000n)), { ok: true, value: dta(5_000n) });
  });
});

describe("tierPlacement", () => {
  it("gives the tier and the distance to the next one", () => {
    assert.deepEqual(tierPlacement(dta(2_500n)), {
      tier: "Bronze",
      next: { tier: "Silver", missing: dta(7_500n) },
    });
    assert.deepEqual(tierPlacement(dta(600_000n)), { tier: "Diamond", next: undefined });
    assert.equal(tierPlacement(dta(999n)), undefined);
  });
});

describe("formatting", () => {
  it("formats APY basis points without floats", () => {
    assert.equal(formatApy(800), "8%");
    assert.equal(formatApy(1050), "10.5%");
    assert.equal(formatApy(2205n), "22.05%");
  });
  it("counts down to unlock and stops at it", () => {
    assert.equal(countdown(100n + 90_061n, 100n), "1d 01h 01m 01s");
    assert.equal(countdown(100n, 100n), undefined);
  });
  it("dates the unlock in UTC", () => {
    assert.equal(unlockAt(0n, 30), 2_592_000n);
    assert.equal(formatUnlockDate(2_592_000n), "31 Jan 1970, 00:00 UTC");
  });
});

describe("permit", () => {
  it("builds EIP-2612 typed data the owner's key signs and (v, r, s) parts", async () => {
    const owner = privateKeyToAccount(`0x${"11".repeat(32)}`);
    const spender: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    const typed = permitTypedData(
      { name: "Digital Twin AI Token", version: "1", chainId: 31337, verifyingContract: spender },
      { owner: owner.address, spender, value: dta(2_500n), nonce: 0n, deadline: 1_900_000_000n },
    );
    const signature = await owner.signTypedData(typed);
    assert.equal(await recoverTypedDataAddress({ ...typed, signature }), owner.address);
    const { v, r, s } = permitSignatureParts(signature);
    assert.ok(v === 27 || v === 28);
    assert.equal(r.length, 66);
    assert.equal(s.length, 66);
  });
});

describe("decodeTokenUri", () => {
  const encode = (value: unknown) => `data:application/json;base64,${btoa(JSON.stringify(value))}`;
  it("returns the inline SVG image", () => {
    const meta = decodeTokenUri(
      encode({ name: "DTA Stake #1", image: "data:image/svg+xml;base64,PHN2Zz4=" }),
    );
    assert.deepEqual(meta, {
      name: "DTA Stake #1",
      description: undefined,
      image: "data:image/svg+xml;base64,PHN2Zz4=",
    });
  });
  it("ignores remote images and malformed URIs", () => {
    assert.equal(decodeTokenUri(encode({ image: "https://example.com/x.png" }))?.image, undefined);
    assert.equal(decodeTokenUri("data:application/json;base64,%%%"), undefined);
    assert.equal(decodeTokenUri("ipfs://x"), undefined);
  });
});
