import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { parseEther } from "viem";

const { viem } = await network.create();

describe("LegacyBIVE (local stand-in)", () => {
  it("seeds each holder's balance, and refuses holders and amounts of different lengths", async () => {
    const [a, b] = await viem.getWalletClients();
    assert.ok(a && b, "missing wallet clients");
    const holders = [a.account.address, b.account.address];
    const bive = await viem.deployContract("LegacyBIVE", [holders, [parseEther("1.5"), parseEther("2")]]);
    assert.equal(await bive.read.decimals(), 18);
    assert.equal(await bive.read.balanceOf([b.account.address]), parseEther("2"));
    assert.equal(await bive.read.totalSupply(), parseEther("3.5"));
    await assert.rejects(viem.deployContract("LegacyBIVE", [holders, [parseEther("1")]]), /LengthMismatch/);
  });
});
