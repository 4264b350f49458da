import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_LOCAL_RPC_URL, MULTICALL3_ADDRESS, explorerTxUrl, resolveChainConfig } from "./chains";

describe("resolveChainConfig", () => {
  it("defaults to the local Hardhat chain with Multicall3 and no WalletConnect", () => {
    const config = resolveChainConfig({});
    assert.equal(config.key, "local");
    assert.equal(config.isLocal, true);
    assert.equal(config.chain.id, 31337);
    assert.equal(config.rpcUrl, DEFAULT_LOCAL_RPC_URL);
    assert.deepEqual(config.chain.contracts?.multicall3, { address: MULTICALL3_ADDRESS, blockCreated: 0 });
    assert.equal(config.walletConnectProjectId, "");
  });

  it("never passes a WalletConnect id to the local chain", () => {
    const config = resolveChainConfig({ NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: "abc" });
    assert.equal(config.walletConnectProjectId, "");
  });

  it("uses NEXT_PUBLIC_LOCAL_RPC_URL, and NEXT_PUBLIC_RPC_URL over it", () => {
    assert.equal(
      resolveChainConfig({ NEXT_PUBLIC_LOCAL_RPC_URL: "http://127.0.0.1:8645" }).rpcUrl,
      "http://127.0.0.1:8645",
    );
    const config = resolveChainConfig({
      NEXT_PUBLIC_LOCAL_RPC_URL: "http://127.0.0.1:8645",
      NEXT_PUBLIC_RPC_URL: "http://10.0.0.2:8545",
    });
    assert.equal(config.rpcUrl, "http://10.0.0.2:8545");
    assert.deepEqual(config.chain.rpcUrls.default.http, ["http://10.0.0.2:8545"]);
  });

  it("maps every public chain name to its chain id", () => {
    const ids = { ethereum: 1, sepolia: 11155111, bsc: 56, bscTestnet: 97, polygon: 137, polygonAmoy: 80002 };
    for (const [key, id] of Object.entries(ids)) {
      const config = resolveChainConfig({
        NEXT_PUBLIC_CHAIN: key,
        NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: " wc ",
      });
      assert.equal(config.chain.id, id, key);
      assert.equal(config.isLocal, false);
      assert.equal(config.walletConnectProjectId, "wc");
      assert.ok(config.rpcUrl.startsWith("https://"), key);
    }
  });

  it("applies an RPC override on a public chain", () => {
    const config = resolveChainConfig({
      NEXT_PUBLIC_CHAIN: "sepolia",
      NEXT_PUBLIC_RPC_URL: "https://rpc.example",
    });
    assert.equal(config.rpcUrl, "https://rpc.example");
    assert.deepEqual(config.chain.rpcUrls.default.http, ["https://rpc.example"]);
  });

  it("refuses an unknown chain name", () => {
    assert.throws(() => resolveChainConfig({ NEXT_PUBLIC_CHAIN: "solana" }), /not one of/);
  });

  it("links transactions to the chain's explorer when it has one", () => {
    const hash = `0x${"ab".repeat(32)}` as const;
    assert.equal(explorerTxUrl(resolveChainConfig({}).chain, hash), undefined);
    assert.equal(
      explorerTxUrl(resolveChainConfig({ NEXT_PUBLIC_CHAIN: "sepolia" }).chain, hash),
      `https://sepolia.etherscan.io/tx/${hash}`,
    );
  });
});
