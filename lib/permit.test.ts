import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { recoverTypedDataAddress, serializeSignature } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { permitDeadline, permitSignatureParts, permitTypedData } from "./permit";

// Hardhat's well-known dev key #0 (public test key, holds nothing of value).
const owner = privateKeyToAccount("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const token = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const spender = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";

describe("EIP-2612 permit typed data", () => {
  // LegacyBIVE's domain, as its eip712Domain() reports it.
  const domain = { name: "BIVE (legacy)", version: "1", chainId: 31337, verifyingContract: token } as const;
  const typed = permitTypedData(domain, {
    owner: owner.address,
    spender,
    value: 1_000n * 10n ** 18n,
    nonce: 3n,
    deadline: 1_800_000_000n,
  });

  it("signs over the token's own EIP-712 domain", () => {
    assert.deepEqual(typed.domain, {
      name: "BIVE (legacy)",
      version: "1",
      chainId: 31337,
      verifyingContract: token,
    });
    assert.equal(typed.primaryType, "Permit");
    assert.deepEqual(
      typed.types.Permit.map((f) => f.name),
      ["owner", "spender", "value", "nonce", "deadline"],
    );
  });

  it("signs and recovers to the owner", async () => {
    const signature = await owner.signTypedData(typed);
    assert.equal(await recoverTypedDataAddress({ ...typed, signature }), owner.address);
  });

  it("splits a signature into v, r, s and back", async () => {
    const signature = await owner.signTypedData(typed);
    const { v, r, s } = permitSignatureParts(signature);
    assert.ok(v === 27 || v === 28);
    assert.equal(serializeSignature({ r, s, v: BigInt(v) }), signature);
  });

  it("takes the deadline from the chain's clock", () => {
    assert.equal(permitDeadline(1_000n), 2_200n);
    assert.equal(permitDeadline(1_000n, 60n), 1_060n);
  });
});
