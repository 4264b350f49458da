import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { encodeFunctionData, parseEther, type Hex } from "viem";

const { viem, networkHelpers } = await network.create();

async function deployMulticall() {
  const multicall = await viem.deployContract("Multicall3");
  const publicClient = await viem.getPublicClient();
  const [funded] = await viem.getWalletClients();
  assert.ok(funded, "missing wallet client");
  return { multicall, publicClient, funded };
}

type Multicall = Awaited<ReturnType<typeof deployMulticall>>["multicall"];

const call = (multicall: Multicall, functionName: "getBlockNumber" | "getCurrentBlockTimestamp") =>
  encodeFunctionData({ abi: multicall.abi, functionName });
const UNKNOWN_SELECTOR: Hex = "0xdeadbeef"; // Multicall3 has no fallback: this call reverts

describe("Multicall3", () => {
  it("reads the block number, the block timestamp and a native balance", async () => {
    const { multicall, publicClient, funded } = await networkHelpers.loadFixture(deployMulticall);
    const block = await publicClient.getBlock();
    assert.equal(await multicall.read.getBlockNumber(), block.number);
    assert.equal(await multicall.read.getCurrentBlockTimestamp(), block.timestamp);
    const balance = await publicClient.getBalance({ address: funded.account.address });
    assert.ok(balance >= parseEther("1"));
    assert.equal(await multicall.read.getEthBalance([funded.account.address]), balance);
    assert.equal(await multicall.read.getEthBalance([multicall.address]), 0n);
  });

  it("returns every call's result in order, a failure it may allow included", async () => {
    const { multicall, publicClient } = await networkHelpers.loadFixture(deployMulticall);
    await networkHelpers.mine(3);
    const block = await publicClient.getBlock();
    const { result } = await multicall.simulate.aggregate3(
      [
        [
          { target: multicall.address, allowFailure: false, callData: call(multicall, "getBlockNumber") },
          { target: multicall.address, allowFailure: true, callData: UNKNOWN_SELECTOR },
          {
            target: multicall.address,
            allowFailure: true,
            callData: call(multicall, "getCurrentBlockTimestamp"),
          },
        ],
      ],
      { blockNumber: block.number },
    );
    assert.equal(result.length, 3);
    assert.deepEqual(
      result.map((r) => r.success),
      [true, false, true],
    );
    assert.equal(BigInt(result[0]!.returnData), block.number);
    assert.equal(result[1]!.returnData, "0x");
    assert.equal(BigInt(result[2]!.returnData), block.timestamp);
    assert.deepEqual(await multicall.simulate.aggregate3([[]]).then((r) => r.result), []);
  });

  it("reverts CallFailed with the index of a failing call that may not fail", async () => {
    const { multicall } = await networkHelpers.loadFixture(deployMulticall);
    await viem.assertions.revertWithCustomErrorWithArgs(
      multicall.write.aggregate3([
        [
          { target: multicall.address, allowFailure: true, callData: UNKNOWN_SELECTOR },
          { target: multicall.address, allowFailure: false, callData: call(multicall, "getBlockNumber") },
          { target: multicall.address, allowFailure: false, callData: UNKNOWN_SELECTOR },
        ],
      ]),
      multicall,
      "CallFailed",
      [2n],
    );
  });
});
