import { afterEach, beforeEach, describe, it } from "node:test";
import assert from "node:assert/strict";
import { localChain } from "../chains";
import { answerApproval, currentApproval, subscribeApprovals } from "./approvals";
import { DEV_ACCOUNTS, selectDevAccount } from "./devAccounts";
import { createDevWalletProvider } from "./devWalletConnector";

const chain = localChain("http://127.0.0.1:1");
const sent: { method: string; params: unknown }[] = [];
const realFetch = globalThis.fetch;

beforeEach(() => {
  sent.length = 0;
  globalThis.fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { id: number; method: string; params: unknown };
    sent.push({ method: body.method, params: body.params });
    return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: "0xabc" }));
  }) as typeof fetch;
});
afterEach(() => {
  globalThis.fetch = realFetch;
  selectDevAccount(0);
});

/** Answers the next approval request as soon as it appears. */
function answerNext(approved: boolean): void {
  const unsubscribe = subscribeApprovals(() => {
    const pending = currentApproval();
    if (!pending) return;
    unsubscribe();
    answerApproval(pending.id, approved);
  });
}

describe("local dev wallet provider", () => {
  it("exposes no account until connected, then the chosen dev account", async () => {
    const { provider } = createDevWalletProvider({ chain, contracts: [] }, { connected: false });
    assert.deepEqual(await provider.request({ method: "eth_accounts" }), []);
    assert.deepEqual(await provider.request({ method: "eth_requestAccounts" }), [DEV_ACCOUNTS[0]]);
    selectDevAccount(3);
    assert.deepEqual(await provider.request({ method: "eth_accounts" }), [DEV_ACCOUNTS[3]]);
    assert.equal(await provider.request({ method: "eth_chainId" }), "0x7a69");
    assert.equal(sent.length, 0, "answered locally, not by the node");
  });

  it("forwards reads to the node without asking", async () => {
    const { provider } = createDevWalletProvider({ chain, contracts: [] }, { connected: false });
    assert.equal(await provider.request({ method: "eth_blockNumber" }), "0xabc");
    assert.deepEqual(sent, [{ method: "eth_blockNumber", params: [] }]);
  });

  it("asks before sending a transaction and forwards it from the chosen account once confirmed", async () => {
    const { provider } = createDevWalletProvider({ chain, contracts: [] }, { connected: true });
    answerNext(true);
    const hash = await provider.request({
      method: "eth_sendTransaction",
      params: [{ to: DEV_ACCOUNTS[1], value: "0x1" }],
    });
    assert.equal(hash, "0xabc");
    assert.deepEqual(sent, [
      {
        method: "eth_sendTransaction",
        params: [{ to: DEV_ACCOUNTS[1], value: "0x1", from: DEV_ACCOUNTS[0] }],
      },
    ]);
  });

  it("fails with EIP-1193 code 4001 when the user rejects, and sends nothing", async () => {
    const { provider } = createDevWalletProvider({ chain, contracts: [] }, { connected: true });
    answerNext(false);
    await assert.rejects(
      provider.request({ method: "eth_signTypedData_v4", params: [DEV_ACCOUNTS[0], "{}"] }),
      (error: { code?: number }) => error.code === 4001,
    );
    assert.equal(sent.length, 0);
  });

  it("refuses to sign for another account or while disconnected", async () => {
    const connected = createDevWalletProvider({ chain, contracts: [] }, { connected: true }).provider;
    await assert.rejects(
      connected.request({
        method: "eth_sendTransaction",
        params: [{ from: DEV_ACCOUNTS[2], to: DEV_ACCOUNTS[1] }],
      }),
      (error: { code?: number }) => error.code === 4100,
    );
    const disconnected = createDevWalletProvider({ chain, contracts: [] }, { connected: false }).provider;
    await assert.rejects(
      disconnected.request({ method: "personal_sign", params: ["0x68", DEV_ACCOUNTS[0]] }),
      (error: { code?: number }) => error.code === 4100,
    );
  });

  it("only switches to its own chain", async () => {
    const { provider } = createDevWalletProvider({ chain, contracts: [] }, { connected: true });
    assert.equal(
      await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: "0x7a69" }] }),
      null,
    );
    await assert.rejects(
      provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: "0x1" }] }),
      (error: { code?: number }) => error.code === 4902,
    );
  });
});
