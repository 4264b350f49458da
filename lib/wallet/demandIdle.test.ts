import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isWalletRequested, requestWalletWhenIdle } from "./demand";

// A loaded page whose idle moments the test runs by hand (a file of its own: the demand store is per page).
const idle: (() => void)[] = [];
Object.assign(globalThis, {
  window: {
    requestIdleCallback: (run: () => void) => idle.push(run),
    cancelIdleCallback: () => undefined,
    addEventListener: () => undefined,
  },
  document: { readyState: "complete" },
});
const runIdle = () => idle.splice(0).forEach((run) => run());

describe("wallet code on idle", () => {
  it("asks its condition when the browser is idle, not when called", () => {
    let asked = 0;
    requestWalletWhenIdle(() => (asked++, false));
    assert.equal(asked, 0);
    runIdle();
    assert.equal(asked, 1);
    assert.equal(isWalletRequested(), false);
  });

  it("shares one idle moment between calls, and loads if any of them says so", () => {
    requestWalletWhenIdle(() => false);
    requestWalletWhenIdle(() => true);
    assert.equal(idle.length, 1);
    runIdle();
    assert.equal(isWalletRequested(), true);
  });
});
