import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { getAddress, toFunctionSelector, type Hex } from "viem";
import { votingPower } from "../../lib/staking/index.ts";
import { DAY, Tier, assertSolvent, deployStaking, dta, signPermit, stake } from "../fixtures/Staking.ts";

const { viem, networkHelpers } = await network.create();
const fixture = () => deployStaking(viem);

const decodeDataUri = (uri: string, prefix: string): string => {
  assert.ok(uri.startsWith(prefix), `expected ${prefix}…, got ${uri.slice(0, 40)}`);
  return Buffer.from(uri.slice(prefix.length), "base64").toString("utf8");
};

describe("DTAStaking receipts", () => {
  it("is the DTA Stake Position (DTASP) collection", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    assert.equal(await fx.staking.read.name(), "DTA Stake Position");
    assert.equal(await fx.staking.read.symbol(), "DTASP");
    assert.equal(await fx.staking.read.supportsInterface(["0x80ac58cd"]), true); // ERC-721
  });

  it("moves the position, its rewards and its votes with the NFT", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const id = await stake(fx, fx.alice, dta("10000"), 90n);
    assert.equal(await fx.staking.read.getVotes([alice]), dta("12500"));
    assert.equal(await fx.staking.read.delegates([alice]), getAddress(alice));
    await networkHelpers.time.increase(10n * DAY);

    await fx.staking.write.transferFrom([alice, bob, id], { account: fx.alice.account });
    assert.equal(await fx.staking.read.getVotes([alice]), 0n);
    assert.equal(await fx.staking.read.getVotes([bob]), dta("12500"));
    assert.deepEqual(await fx.staking.read.positionsOf([alice]), []);
    assert.deepEqual(await fx.staking.read.positionsOf([bob]), [id]);

    await viem.assertions.revertWithCustomError(
      fx.staking.write.claim([id], { account: fx.alice.account }),
      fx.staking,
      "ERC721InsufficientApproval",
    );
    const bobBefore = await fx.token.read.balanceOf([bob]);
    await fx.staking.write.claim([id], { account: fx.bob.account });
    const claimed = (await fx.staking.read.position([id])).claimed;
    assert.ok(claimed > 0n);
    assert.equal(await fx.token.read.balanceOf([bob]), bobBefore + claimed);

    // An approved operator may act, but the owner is paid.
    await fx.staking.write.approve([fx.carol.account.address, id], { account: fx.bob.account });
    await networkHelpers.time.increase(DAY);
    const carolBefore = await fx.token.read.balanceOf([fx.carol.account.address]);
    await fx.staking.write.claim([id], { account: fx.carol.account });
    assert.equal(await fx.token.read.balanceOf([fx.carol.account.address]), carolBefore);
    assert.ok((await fx.token.read.balanceOf([bob])) > bobBefore + claimed);
  });

  it("keeps each owner's position list exact through transfers (swap-and-pop)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    const ids = [];
    for (let i = 0; i < 10; i++) ids.push(await stake(fx, fx.alice, dta("1000"), 30n));
    await fx.staking.write.transferFrom([alice, bob, 1n], { account: fx.alice.account });
    await fx.staking.write.transferFrom([alice, bob, 9n], { account: fx.alice.account });
    assert.deepEqual(await fx.staking.read.positionsOf([alice]), [10n, 2n, 3n, 4n, 5n, 6n, 7n, 8n]);
    assert.deepEqual(await fx.staking.read.positionsOf([bob]), [1n, 9n]);
    await networkHelpers.time.increase(31n * DAY);
    await fx.staking.write.unstake([2n], { account: fx.alice.account });
    assert.deepEqual(await fx.staking.read.positionsOf([alice]), [10n, 8n, 3n, 4n, 5n, 6n, 7n]);
    assert.equal(await fx.staking.read.getVotes([alice]), dta("7000"));
    assert.equal(ids.length, 10);
  });

  it("keeps the owner's list and votes intact through a transfer to oneself (ERC-721 allows it)", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob] = [fx.alice.account.address, fx.bob.account.address];
    for (let i = 0; i < 3; i++) await stake(fx, fx.alice, dta("1000"), 90n);
    const votes = await fx.staking.read.getVotes([alice]);
    // Once corrupted [1, 2, 3] into [0, 2, 1]: id 3 vanished from the list though alice still owns it.
    await fx.staking.write.transferFrom([alice, alice, 1n], { account: fx.alice.account });
    await fx.staking.write.safeTransferFrom([alice, alice, 3n], { account: fx.alice.account });
    assert.deepEqual(await fx.staking.read.positionsOf([alice]), [1n, 2n, 3n]);
    assert.equal(await fx.staking.read.getVotes([alice]), votes);
    assert.equal(await fx.staking.read.totalVotingUnits(), votes);
    await fx.staking.write.transferFrom([alice, bob, 3n], { account: fx.alice.account });
    assert.deepEqual(await fx.staking.read.positionsOf([alice]), [1n, 2n]);
    assert.deepEqual(await fx.staking.read.positionsOf([bob]), [3n]);
    assert.equal(await fx.staking.read.getVotes([alice]), votingPower(dta("2000"), 90));
  });

  it("follows delegation, and a stake made after a snapshot adds nothing to it", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const [alice, bob, carol] = [fx.alice.account.address, fx.bob.account.address, fx.carol.account.address];
    await stake(fx, fx.alice, dta("100000"), 365n);
    await fx.staking.write.delegate([carol], { account: fx.alice.account });
    assert.equal(await fx.staking.read.getVotes([alice]), 0n);
    assert.equal(await fx.staking.read.getVotes([carol]), votingPower(dta("100000"), 365));

    await networkHelpers.mine();
    // Checkpoints are timestamps (ERC-6372 mode=timestamp).
    assert.equal(await fx.staking.read.CLOCK_MODE(), "mode=timestamp");
    const snapshot = BigInt(await networkHelpers.time.latest());
    // A "flash" stake right after the snapshot, whose receipt is handed to carol in the same breath.
    const flash = await stake(fx, fx.bob, dta("1000000"), 365n);
    await fx.staking.write.transferFrom([bob, carol, flash], { account: fx.bob.account });
    await networkHelpers.mine();
    assert.equal(await fx.staking.read.getPastVotes([carol, snapshot]), dta("200000"));
    assert.equal(await fx.staking.read.getPastVotes([bob, snapshot]), 0n);
    assert.equal(await fx.staking.read.getPastTotalSupply([snapshot]), dta("200000"));
    assert.equal(await fx.staking.read.getVotes([carol]), dta("2200000"));
    const later = BigInt(await networkHelpers.time.latest());
    await networkHelpers.mine();
    assert.equal(await fx.staking.read.getPastTotalSupply([later]), dta("2200000"));
  });

  it("renders tokenURI as Base64 JSON with an SVG card", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const id = await stake(fx, fx.alice, dta("51234.5"), 90n);
    const p = await fx.staking.read.position([id]);
    const json = JSON.parse(
      decodeDataUri(await fx.staking.read.tokenURI([id]), "data:application/json;base64,"),
    ) as {
      name: string;
      description: string;
      image: string;
      attributes: { trait_type: string; value: string | number }[];
    };
    assert.equal(json.name, `DTA Stake Position #${id}`);
    assert.match(json.description, /51,234\.5 DTA staked in the Gold tier for 90 days at 14% APY/);
    const svg = decodeDataUri(json.image, "data:image/svg+xml;base64,");
    const unlock = new Date(Number(p.unlock) * 1000).toISOString(); // 2026-05-01T12:34:56.000Z
    assert.ok(svg.startsWith("<svg") && svg.endsWith("</svg>"));
    for (const text of [
      "Gold",
      "51,234.5 DTA",
      "14%",
      "90 days",
      `${unlock.slice(0, 10)} ${unlock.slice(11, 16)} UTC`,
    ]) {
      assert.ok(svg.includes(text), `SVG lacks ${text}`);
    }
    const attribute = (name: string) => json.attributes.find((a) => a.trait_type === name)?.value;
    assert.equal(attribute("Tier"), "Gold");
    assert.equal(attribute("Unlock"), Number(p.unlock));
    assert.equal(attribute("Voting units"), Number(votingPower(dta("51234.5"), 90)));
    assert.equal(p.tier, Tier.Gold);
  });

  it("mints to a contract only after all state is written; its re-entry attempts are refused", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const attacker = await viem.deployContract("ReentrantStakeReceiver", [
      fx.staking.address,
      fx.token.address,
    ]);
    await fx.token.write.transfer([attacker.address, dta("5000")], { account: fx.holder.account });
    await attacker.write.attack([dta("1000"), 30n]);
    assert.equal(await attacker.read.attempts(), 3n);
    assert.equal(await attacker.read.successes(), 0n);
    const guardError = toFunctionSelector("ReentrancyGuardReentrantCall()");
    assert.equal(await attacker.read.lastRevertData(), guardError as Hex);
    assert.deepEqual(await fx.staking.read.positionsOf([attacker.address]), [1n]);
    assert.equal(await fx.staking.read.totalStaked(), dta("1000"));
    assert.equal(await fx.token.read.balanceOf([attacker.address]), dta("4000"));
    await assertSolvent(fx);
  });
});

describe("DTAStaking stakeWithPermit", () => {
  it("stakes with a permit instead of an approval", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
    const { v, r, s } = await signPermit(fx, fx.dave, dta("1000"), deadline);
    await fx.staking.write.stakeWithPermit([dta("1000"), 30n, deadline, v, r, s], {
      account: fx.dave.account,
    });
    assert.deepEqual(await fx.staking.read.positionsOf([fx.dave.account.address]), [1n]);
    assert.equal(await fx.token.read.allowance([fx.dave.account.address, fx.staking.address]), 0n);
  });

  it("still stakes when the permit was front-run, and fails cleanly with neither permit nor allowance", async () => {
    const fx = await networkHelpers.loadFixture(fixture);
    const dave = fx.dave.account.address;
    const deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
    const { v, r, s } = await signPermit(fx, fx.dave, dta("1000"), deadline);
    await fx.token.write.permit([dave, fx.staking.address, dta("1000"), deadline, v, r, s], {
      account: fx.bob.account,
    });
    await fx.staking.write.stakeWithPermit([dta("1000"), 30n, deadline, v, r, s], {
      account: fx.dave.account,
    });
    assert.deepEqual(await fx.staking.read.positionsOf([dave]), [1n]);
    // The same, now spent, signature with no allowance left.
    await viem.assertions.revertWithCustomError(
      fx.staking.write.stakeWithPermit([dta("1000"), 30n, deadline, v, r, s], { account: fx.dave.account }),
      fx.token,
      "ERC20InsufficientAllowance",
    );
  });
});
