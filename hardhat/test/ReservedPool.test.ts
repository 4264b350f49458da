import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, zeroAddress } from "viem";
import { deployDTAToken } from "../fixtures/DTAToken.ts";

const { viem, networkHelpers } = await network.create();

const POOL = 5_000_000n * 10_000n; // 5M DTA

/** A pool holding 5M DTA, governed by carol (standing in for the timelock); alice is paid from it. */
async function deployPool() {
  const fx = await deployDTAToken(viem);
  const { token, holder, carol: governance, outsider: stranger, alice: payee } = fx;
  const pool = await viem.deployContract("ReservedPool", [
    "Data contribution rewards",
    token.address,
    governance.account.address,
  ]);
  await token.write.transfer([pool.address, POOL], { account: holder.account });
  return { token, pool, governance, stranger, payee };
}

describe("ReservedPool", () => {
  it("rejects a zero token or a zero governance at deployment", async () => {
    const { token, governance } = await networkHelpers.loadFixture(deployPool);
    await assert.rejects(
      viem.deployContract("ReservedPool", ["Pool", zeroAddress, governance.account.address]),
      /ZeroAddress/,
    );
    await assert.rejects(
      viem.deployContract("ReservedPool", ["Pool", token.address, zeroAddress]),
      /ZeroAddress/,
    );
  });

  it("releases only to governance's order, never to the zero address, and reports what is left", async () => {
    const { token, pool, governance, stranger, payee } = await networkHelpers.loadFixture(deployPool);
    assert.equal(await pool.read.name(), "Data contribution rewards");
    assert.equal(await pool.read.governance(), getAddress(governance.account.address));
    assert.equal(await pool.read.balance(), POOL);
    const paidBefore = await token.read.balanceOf([payee.account.address]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      pool.write.release([payee.account.address, 1n], { account: stranger.account }),
      pool,
      "NotGovernance",
      [getAddress(stranger.account.address)],
    );
    await viem.assertions.revertWithCustomError(
      pool.write.release([zeroAddress, 1n], { account: governance.account }),
      pool,
      "ZeroAddress",
    );
    await viem.assertions.emitWithArgs(
      pool.write.release([payee.account.address, POOL / 4n], { account: governance.account }),
      pool,
      "PoolReleased",
      [getAddress(payee.account.address), POOL / 4n],
    );
    assert.equal(await token.read.balanceOf([payee.account.address]), paidBefore + POOL / 4n);
    assert.equal(await pool.read.balance(), POOL - POOL / 4n);
  });
});
