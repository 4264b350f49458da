import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAddress } from "viem";
import { addressParam } from "./primitives";

describe("addressParam", () => {
  it("accepts what viem's non-strict isAddress accepts, lower-cased, and nothing else", () => {
    const samples = [
      "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
      "0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266",
      "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
      "0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226",
      "0xf39fd6e51aad88f6f4ce6ab8827279cfffb922666",
      "f39fd6e51aad88f6f4ce6ab8827279cfffb92266",
      "0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266",
      "0X39fd6e51aad88f6f4ce6ab8827279cfffb922666",
      "",
    ];
    for (const raw of samples) {
      const expected = isAddress(raw, { strict: false }) ? raw.toLowerCase() : undefined;
      assert.equal(addressParam(raw), expected, raw);
    }
    assert.equal(addressParam(null), undefined);
    assert.equal(addressParam(undefined), undefined);
  });
});
