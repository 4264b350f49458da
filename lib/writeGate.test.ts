import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { BLACKLISTED_REASON, OPEN_GATE, PAUSED_REASON, writeGate, type WriteGateInput } from "./writeGate";

const ready: WriteGateInput = {
  connected: true,
  onAppChain: true,
  reachable: true,
  paused: false,
  blacklisted: false,
  chainName: "Hardhat",
  rpcUrl: "http://127.0.0.1:8545",
};

describe("writeGate", () => {
  it("is open for a connected, clean account on a reachable, running chain", () => {
    assert.deepEqual(writeGate(ready), OPEN_GATE);
  });
  it("does not block while the pause and blacklist are still being read", () => {
    assert.deepEqual(writeGate({ ...ready, paused: undefined, blacklisted: undefined }), OPEN_GATE);
  });
  it("blocks a blacklisted account with the compliance reason", () => {
    assert.deepEqual(writeGate({ ...ready, blacklisted: true }), {
      blocked: true,
      block: "blacklisted",
      reason: BLACKLISTED_REASON,
    });
  });
  it("blocks everyone while DTA is paused", () => {
    const gate = writeGate({ ...ready, paused: true });
    assert.equal(gate.blocked && gate.block, "paused");
    assert.equal(gate.reason, PAUSED_REASON);
  });
  it("names the endpoint it could not reach", () => {
    const gate = writeGate({ ...ready, reachable: false, paused: undefined });
    assert.equal(gate.blocked && gate.block, "unreachable");
    assert.equal(
      gate.reason,
      "Can't reach Hardhat at http://127.0.0.1:8545, so nothing can be sent right now.",
    );
  });
  it("asks for the fix a person must make first: connect, then switch network, then the chain", () => {
    const everythingWrong = {
      ...ready,
      connected: false,
      onAppChain: false,
      reachable: false,
      paused: true,
      blacklisted: true,
    };
    assert.equal(writeGate(everythingWrong).reason, "Connect a wallet to continue.");
    assert.equal(
      writeGate({ ...everythingWrong, connected: true }).reason,
      "Switch your wallet to Hardhat to continue.",
    );
    const chainDown = writeGate({ ...everythingWrong, connected: true, onAppChain: true });
    assert.equal(chainDown.blocked && chainDown.block, "unreachable");
    const pausedAndBlacklisted = writeGate({ ...ready, paused: true, blacklisted: true });
    assert.equal(pausedAndBlacklisted.blocked && pausedAndBlacklisted.block, "paused");
  });
});
