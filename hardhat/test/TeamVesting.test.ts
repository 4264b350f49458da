import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, parseEventLogs, parseUnits, type Hex } from "viem";

const { viem, networkHelpers } = await network.create();

const DAY = 86_400n;
const DURATION = 730n * DAY;
const TOTAL = parseUnits("100000000", 4); // 100M DTA in base units
/** Genesis sits this far after deployment, so "before genesis" can be observed on-chain too. */
const GENESIS_OFFSET = 1_000n;

/** OpenZeppelin's linear schedule, rounded down: total × elapsed / duration, clamped to [0, total]. */
function vested(total: bigint, start: bigint, timestamp: bigint): bigint {
  if (timestamp < start) return 0n;
  if (timestamp >= start + DURATION) return total;
  return (total * (timestamp - start)) / DURATION;
}

async function deployVesting() {
  const [admin, holder, beneficiary, keeper] = await viem.getWalletClients();
  assert.ok(admin && holder && beneficiary && keeper, "missing wallet clients");
  const token = await viem.deployContract("DTAToken", [
    holder.account.address,
    admin.account.address,
    admin.account.address,
  ]);
  const start = BigInt(await networkHelpers.time.latest()) + GENESIS_OFFSET;
  const vesting = await viem.deployContract("TeamVesting", [
    "core team",
    beneficiary.account.address,
    start,
    DURATION,
  ]);
  await token.write.transfer([vesting.address, TOTAL], { account: holder.account });
  const publicClient = await viem.getPublicClient();
  return { token, vesting, start, admin, holder, beneficiary, keeper, publicClient };
}

describe("TeamVesting", () => {
  describe("setup", () => {
    it("records the group, beneficiary, genesis start, 730-day duration and end", async () => {
      const { vesting, token, start, beneficiary } = await networkHelpers.loadFixture(deployVesting);
      assert.equal(await vesting.read.group(), "core team");
      assert.equal(await vesting.read.owner(), getAddress(beneficiary.account.address));
      assert.equal(await vesting.read.start(), start);
      assert.equal(await vesting.read.duration(), 730n * 24n * 60n * 60n);
      assert.equal(await vesting.read.end(), start + DURATION);
      assert.equal(await token.read.balanceOf([vesting.address]), 1_000_000_000_000n);
      assert.equal(await vesting.read.released([token.address]), 0n);
    });

    it("vests nothing before genesis: releasable is 0 and release pays nothing", async () => {
      const { vesting, token, beneficiary, keeper } = await networkHelpers.loadFixture(deployVesting);
      assert.equal(await vesting.read.releasable([token.address]), 0n);
      await vesting.write.release([token.address], { account: keeper.account });
      assert.equal(await token.read.balanceOf([beneficiary.account.address]), 0n);
      assert.equal(await token.read.balanceOf([vesting.address]), TOTAL);
      assert.equal(await vesting.read.released([token.address]), 0n);
    });
  });

  describe("linear schedule (vestedAmount at fixed timestamps)", () => {
    it("is 0 at and just before genesis", async () => {
      const { vesting, token, start } = await networkHelpers.loadFixture(deployVesting);
      assert.equal(await vesting.read.vestedAmount([token.address, start - 1n]), 0n);
      assert.equal(await vesting.read.vestedAmount([token.address, start]), 0n);
    });

    it("is total × elapsed / duration, rounded down, one second and one day in", async () => {
      const { vesting, token, start } = await networkHelpers.loadFixture(deployVesting);
      // 1e12 × 1 / 63,072,000 = 15,854.89… → 15,854
      assert.equal(await vesting.read.vestedAmount([token.address, start + 1n]), 15_854n);
      assert.equal(vested(TOTAL, start, start + 1n), 15_854n);
      // 1e12 × 86,400 / 63,072,000 = 1,369,863,013.69… → 1,369,863,013 (≈ 136,986.3013 DTA)
      assert.equal(await vesting.read.vestedAmount([token.address, start + DAY]), 1_369_863_013n);
    });

    it("is exactly half at 365 days, everything at 730 days and stays there afterwards", async () => {
      const { vesting, token, start } = await networkHelpers.loadFixture(deployVesting);
      assert.equal(await vesting.read.vestedAmount([token.address, start + 365n * DAY]), TOTAL / 2n);
      assert.equal(
        await vesting.read.vestedAmount([token.address, start + 730n * DAY - 1n]),
        (TOTAL * (DURATION - 1n)) / DURATION,
      );
      assert.ok((TOTAL * (DURATION - 1n)) / DURATION < TOTAL);
      assert.equal(await vesting.read.vestedAmount([token.address, start + 730n * DAY]), TOTAL);
      assert.equal(await vesting.read.vestedAmount([token.address, start + 1_000n * DAY]), TOTAL);
    });

    it("matches the reference formula at arbitrary odd timestamps", async () => {
      const { vesting, token, start } = await networkHelpers.loadFixture(deployVesting);
      for (const elapsed of [7n, 3_601n, 12_345_677n, 31_535_999n, 63_071_999n]) {
        const expected = (TOTAL * elapsed) / DURATION;
        assert.equal(await vesting.read.vestedAmount([token.address, start + elapsed]), expected);
      }
    });
  });

  describe("release", () => {
    it("releasable follows the clock: 1 day, 365 days, 730 days and after", async () => {
      const { vesting, token, start } = await networkHelpers.loadFixture(deployVesting);
      const checkpoints = [DAY, 365n * DAY, 730n * DAY, 900n * DAY];
      for (const elapsed of checkpoints) {
        await networkHelpers.time.increaseTo(start + elapsed);
        assert.equal(BigInt(await networkHelpers.time.latest()), start + elapsed);
        assert.equal(await vesting.read.releasable([token.address]), vested(TOTAL, start, start + elapsed));
      }
      assert.equal(await vesting.read.releasable([token.address]), TOTAL);
    });

    it("a third party's release pays the beneficiary the exact vested amount and released() tracks it", async () => {
      const { vesting, token, start, beneficiary, keeper, publicClient } =
        await networkHelpers.loadFixture(deployVesting);

      const firstAt = start + DAY;
      await networkHelpers.time.setNextBlockTimestamp(firstAt);
      const hash = await vesting.write.release([token.address], { account: keeper.account });
      const receipt = await publicClient.waitForTransactionReceipt({ hash });
      const first = vested(TOTAL, start, firstAt);
      assert.equal(first, 1_369_863_013n);

      const [released] = parseEventLogs({ abi: vesting.abi, eventName: "ERC20Released", logs: receipt.logs });
      assert.ok(released, "ERC20Released not emitted");
      assert.equal(released.args.token, getAddress(token.address));
      assert.equal(released.args.amount, first);

      assert.equal(await token.read.balanceOf([beneficiary.account.address]), first);
      assert.equal(await token.read.balanceOf([keeper.account.address]), 0n);
      assert.equal(await token.read.balanceOf([vesting.address]), TOTAL - first);
      assert.equal(await vesting.read.released([token.address]), first);
      // The schedule is computed on balance + released, so releasing does not change what is vested.
      assert.equal(await vesting.read.vestedAmount([token.address, firstAt]), first);

      const secondAt = start + 365n * DAY;
      await networkHelpers.time.setNextBlockTimestamp(secondAt);
      await viem.assertions.emitWithArgs(
        vesting.write.release([token.address], { account: keeper.account }),
        vesting,
        "ERC20Released",
        [getAddress(token.address), TOTAL / 2n - first],
      );
      assert.equal(await token.read.balanceOf([beneficiary.account.address]), TOTAL / 2n);
      assert.equal(await vesting.read.released([token.address]), TOTAL / 2n);
      assert.equal(await token.read.balanceOf([vesting.address]), TOTAL / 2n);
    });

    it("after 730 days everything is released and nothing is left to release", async () => {
      const { vesting, token, start, beneficiary, keeper } = await networkHelpers.loadFixture(deployVesting);
      await networkHelpers.time.setNextBlockTimestamp(start + 100n * DAY);
      await vesting.write.release([token.address], { account: keeper.account });
      const partial = vested(TOTAL, start, start + 100n * DAY);
      assert.equal(await vesting.read.released([token.address]), partial);

      await networkHelpers.time.increaseTo(start + 800n * DAY);
      assert.equal(await vesting.read.releasable([token.address]), TOTAL - partial);
      await vesting.write.release([token.address], { account: keeper.account });
      assert.equal(await token.read.balanceOf([beneficiary.account.address]), TOTAL);
      assert.equal(await token.read.balanceOf([vesting.address]), 0n);
      assert.equal(await vesting.read.released([token.address]), TOTAL);
      assert.equal(await vesting.read.releasable([token.address]), 0n);

      await networkHelpers.time.increase(365 * 86_400);
      await vesting.write.release([token.address], { account: keeper.account });
      assert.equal(await token.read.balanceOf([beneficiary.account.address]), TOTAL);
      assert.equal(await vesting.read.released([token.address]), TOTAL);
    });

    it("a second release in the same block pays nothing more", async () => {
      const { vesting, token, start, beneficiary, keeper, admin, publicClient } =
        await networkHelpers.loadFixture(deployVesting);
      const testClient = await viem.getTestClient();
      const at = start + 200n * DAY;

      await testClient.setAutomine(false);
      let hashes: Hex[];
      try {
        hashes = [
          // Gas is fixed: an estimate made before genesis would price the cheaper zero-release path.
          await vesting.write.release([token.address], { account: keeper.account, gas: 200_000n }),
          await vesting.write.release([token.address], { account: admin.account, gas: 200_000n }),
        ];
        await networkHelpers.time.setNextBlockTimestamp(at);
        await testClient.mine({ blocks: 1 });
      } finally {
        await testClient.setAutomine(true);
      }

      const receipts = await Promise.all(
        hashes.map((hash) => publicClient.waitForTransactionReceipt({ hash })),
      );
      assert.equal(receipts[0]?.blockNumber, receipts[1]?.blockNumber, "both releases share one block");
      const amounts = receipts.map((receipt) => {
        assert.equal(receipt.status, "success");
        const [log] = parseEventLogs({ abi: vesting.abi, eventName: "ERC20Released", logs: receipt.logs });
        assert.ok(log, "ERC20Released not emitted");
        return log.args.amount;
      });
      const expected = vested(TOTAL, start, at);
      assert.deepEqual(amounts, [expected, 0n]);
      assert.equal(await token.read.balanceOf([beneficiary.account.address]), expected);
      assert.equal(await vesting.read.released([token.address]), expected);
    });
  });
});
