import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { encodeFunctionData, parseAbi, stringToHex, type Address } from "viem";
import { describeWalletRequest, isSigningMethod, type KnownContract } from "./describeRequest";

const token: KnownContract = {
  name: "DTAToken",
  address: "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
  abi: parseAbi(["function transfer(address to, uint256 value) returns (bool)"]),
};
const from: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const to: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("describeWalletRequest", () => {
  it("decodes a DTA transfer with the amount in DTA", () => {
    const data = encodeFunctionData({ abi: token.abi, functionName: "transfer", args: [to, 12_505_000n] });
    const result = describeWalletRequest(
      "eth_sendTransaction",
      [{ from, to: token.address.toLowerCase(), data }],
      [token],
    );
    assert.deepEqual(result, {
      kind: "transaction",
      from,
      to: token.address.toLowerCase(),
      contractName: "DTAToken",
      functionName: "transfer",
      args: [
        { name: "to", value: to },
        { name: "value", value: "1,250.5 DTA" },
      ],
      value: "0 ETH",
    });
  });

  it("shows a plain native transfer", () => {
    const result = describeWalletRequest(
      "eth_sendTransaction",
      [{ from, to, value: "0xde0b6b3a7640000" }],
      [token],
    );
    assert.equal(result.kind, "transaction");
    if (result.kind === "transaction") {
      assert.equal(result.value, "1 ETH");
      assert.equal(result.functionName, undefined);
      assert.equal(result.contractName, undefined);
    }
  });

  it("labels calldata to an unknown contract by selector", () => {
    const result = describeWalletRequest(
      "eth_sendTransaction",
      [{ from, to, data: "0x12345678aa" }],
      [token],
    );
    assert.ok(result.kind === "transaction" && result.functionName === "unknown function 0x12345678");
  });

  it("summarises EIP-712 typed data", () => {
    const typed = JSON.stringify({
      primaryType: "Permit",
      domain: { name: "Digital Twin AI Token" },
      message: { owner: from, spender: to, value: "100" },
    });
    const result = describeWalletRequest("eth_signTypedData_v4", [from, typed], []);
    assert.ok(result.kind === "signature");
    assert.equal(result.title, "Sign Permit for Digital Twin AI Token");
    assert.deepEqual(result.details[2], { name: "value", value: "100" });
  });

  it("decodes a personal_sign message", () => {
    const result = describeWalletRequest("personal_sign", [stringToHex("hello"), from], []);
    assert.ok(result.kind === "signature");
    assert.equal(result.from, from);
    assert.deepEqual(result.details, [{ name: "message", value: "hello" }]);
  });

  it("knows which methods need the user's approval", () => {
    assert.ok(isSigningMethod("eth_sendTransaction"));
    assert.ok(isSigningMethod("eth_signTypedData_v4"));
    assert.ok(!isSigningMethod("eth_call"));
    assert.ok(!isSigningMethod("eth_accounts"));
  });
});
