import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isAffectedQuery } from "./affectedQueries";

const STAKING = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const TOKEN = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const SWAP = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const scope = { chainId: 31337, scopeKey: "31337:0xabc" };

describe("the queries a write affects", () => {
  it("refreshes single and multicall reads of the written contracts, whatever the address case", () => {
    const single = ["readContract", { ...scope, address: TOKEN, functionName: "balanceOf" }];
    const multi = ["readContracts", { ...scope, contracts: [{ address: SWAP }, { address: STAKING }] }];
    assert.equal(isAffectedQuery(single, 31337, [TOKEN.toLowerCase() as `0x${string}`]), true);
    assert.equal(isAffectedQuery(multi, 31337, [STAKING]), true);
  });

  it("keeps the cache of reads of other contracts, other chains and the indexer", () => {
    const single = ["readContract", { ...scope, address: TOKEN, functionName: "balanceOf" }];
    const multi = ["readContracts", { ...scope, contracts: [{ address: SWAP }] }];
    assert.equal(isAffectedQuery(single, 31337, [STAKING]), false);
    assert.equal(isAffectedQuery(multi, 31337, [STAKING, TOKEN]), false);
    assert.equal(isAffectedQuery(single, 1, [TOKEN]), false);
    assert.equal(isAffectedQuery(["indexer", "swaps", { chainId: 31337 }], 31337, [SWAP]), false);
  });

  it("always refreshes the chain's latest block and the native balance (every transaction moves them)", () => {
    assert.equal(isAffectedQuery(["block", { chainId: 31337 }], 31337, []), true);
    assert.equal(isAffectedQuery(["balance", { ...scope, address: "0xabc" }], 31337, []), true);
    assert.equal(isAffectedQuery(["block", { chainId: 1 }], 31337, []), false);
  });
});
