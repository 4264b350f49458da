import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { gasIt } from "../fixtures/coverage.ts";
import { DAY, deployStaking, dta, gasOf, stake, type StakingFixture } from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);

/** Tally Staker's figures. */
const TALLY = { firstStake: 331_255n, claim: 165_132n } as const;
/**
 * Ceilings for the actions that also mint/burn the receipt NFT and write two vote checkpoints (the staker's
 * delegate and the total supply, ~29k gas each in a new block), which Tally Staker does not do in the staking
 * contract: they guard against regressions.
 */
const CEILING = {
  furtherStake: 205_000n,
  compound: 140_000n,
  earlyUnstake: 190_000n,
  withdraw: 140_000n,
} as const;

/** Opens `count` Bronze positions from a helper contract, 50 per transaction. */
async function openOtherPositions(fx: StakingFixture, count: number): Promise<void> {
  const batch = await viem.deployContract("BatchStaker");
  await fx.token.write.transfer([batch.address, dta("1000") * BigInt(count)], { account: fx.holder.account });
  for (let done = 0; done < count; done += 50) {
    const size = BigInt(Math.min(50, count - done));
    await batch.write.stakeMany([fx.staking.address, fx.token.address, size, dta("1000"), 30n]);
  }
}

/** Gas of alice's claim 10 days into a 90-day position, with `others` other positions open. */
async function claimGasWith(others: number): Promise<bigint> {
  const fx = await networkHelpers.loadFixture(fixture);
  await stake(fx, fx.bob, dta("1000"), 30n);
  if (others > 1) await openOtherPositions(fx, others - 1);
  assert.equal(await fx.staking.read.totalPositionsOpened(), BigInt(others));
  const id = await stake(fx, fx.alice, dta("20000"), 90n);
  await networkHelpers.time.increase(10n * DAY);
  await fx.staking.write.claim([id], { account: fx.alice.account }); // warm the payee's balance alike
  await networkHelpers.time.increase(10n * DAY);
  return gasOf(fx, fx.staking.write.claim([id], { account: fx.alice.account }));
}

describe("DTAStaking gas", () => {
  gasIt("beats Tally Staker on first stake and claim, and stays under its ceilings elsewhere", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    await stake(fx, fx.bob, dta("1000"), 30n); // the contract has been used before
    const first = await gasOf(fx, fx.staking.write.stake([dta("20000"), 90n], { account: fx.alice.account }));
    await networkHelpers.mine();
    const further = await gasOf(
      fx,
      fx.staking.write.stake([dta("20000"), 90n], { account: fx.alice.account }),
    );
    await networkHelpers.time.increase(20n * DAY);
    const claim = await gasOf(fx, fx.staking.write.claim([2n], { account: fx.alice.account }));
    await networkHelpers.time.increase(20n * DAY);
    const compound = await gasOf(fx, fx.staking.write.compound([2n], { account: fx.alice.account }));
    const early = await gasOf(fx, fx.staking.write.unstakeEarly([3n], { account: fx.alice.account }));
    await networkHelpers.time.increase(60n * DAY);
    const withdraw = await gasOf(fx, fx.staking.write.unstake([2n], { account: fx.alice.account }));
    console.log(
      `      gas: first stake ${first} · further stake ${further} · claim ${claim} · compound ${compound}` +
        ` · early unstake ${early} · full withdraw ${withdraw}`,
    );
    assert.ok(first < TALLY.firstStake, `first stake ${first}`);
    assert.ok(claim < TALLY.claim, `claim ${claim}`);
    assert.ok(further < CEILING.furtherStake, `further stake ${further}`);
    assert.ok(compound < CEILING.compound, `compound ${compound}`);
    assert.ok(early < CEILING.earlyUnstake, `early unstake ${early}`);
    assert.ok(withdraw < CEILING.withdraw, `withdraw ${withdraw}`);
  });

  it("costs the same to claim with 1 or 1,000 other positions open", async () => {
    const one = await claimGasWith(1);
    const thousand = await claimGasWith(1000);
    console.log(`      claim gas: ${one} with 1 other position · ${thousand} with 1,000`);
    const diff = one > thousand ? one - thousand : thousand - one;
    assert.ok(diff * 100n <= one, `claim gas ${one} vs ${thousand}`);
  });
});
