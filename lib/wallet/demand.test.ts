import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  confirmedWriteCount,
  hasConnectRequest,
  isWalletRequested,
  reportConfirmedWrite,
  requestWallet,
  subscribeWalletDemand,
  takeConnectRequest,
} from "./demand";

describe("wallet code on demand", () => {
  it("is not requested until something asks, then stays requested and notifies once", () => {
    let notified = 0;
    const unsubscribe = subscribeWalletDemand(() => notified++);
    assert.equal(isWalletRequested(), false);
    requestWallet();
    requestWallet();
    assert.equal(isWalletRequested(), true);
    assert.equal(notified, 1);
    unsubscribe();
  });

  it("remembers a Connect click for the connect dialog, once", () => {
    assert.equal(takeConnectRequest(), false);
    requestWallet({ connect: true });
    assert.equal(hasConnectRequest(), true);
    assert.equal(takeConnectRequest(), true);
    assert.equal(takeConnectRequest(), false);
  });

  it("counts confirmed writes for server-rendered figures to refresh", () => {
    const before = confirmedWriteCount();
    reportConfirmedWrite();
    assert.equal(confirmedWriteCount(), before + 1);
  });
});
