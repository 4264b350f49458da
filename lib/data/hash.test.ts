import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dataHashOf } from "./hash";

describe("dataHashOf: SHA-256 in the browser's SubtleCrypto", () => {
  it("matches the published SHA-256 test vectors", async () => {
    assert.equal(
      await dataHashOf(new TextEncoder().encode("abc")),
      "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    assert.equal(
      await dataHashOf(new Uint8Array(0)),
      "0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
  it("hashes an ArrayBuffer and a view of part of one the same as their bytes", async () => {
    const buffer = new TextEncoder().encode("xxabcxx").buffer;
    assert.equal(
      await dataHashOf(new Uint8Array(buffer, 2, 3)),
      "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    assert.notEqual(await dataHashOf(buffer), await dataHashOf(new Uint8Array(buffer, 2, 3)));
  });
});
