import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { Deposit, State, Vote, deployGovernance, dta, governanceHelpers } from "../fixtures/Governance.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const deploy = () => deployGovernance(connection);
const { stake, propose, flat, toVoting, toEnd, burnRateOption } = governanceHelpers(connection);

describe("Governance: quadratic tally, quorum on raw votes, multi-option", () => {
  it("weighs √votes: 4M For against 1M + 1M Against is a tie (200,000 each), so it is defeated", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    await stake(fx, fx.proposerW, dta("1000000"));
    await stake(fx, fx.alice, dta("4000000"));
    await stake(fx, fx.bob, dta("1000000"));
    await stake(fx, fx.carol, dta("1000000"));
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "burn 3%");
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, Vote.For], { account: fx.alice.account });
    await fx.governor.write.castVote([id, Vote.Against], { account: fx.bob.account });
    await fx.governor.write.castVoteWithReason([id, Vote.Against, "too early"], {
      account: fx.carol.account,
    });
    // √(4M × 10^4) = 200,000; √(1M × 10^4) = 100,000.
    assert.deepEqual(await fx.governor.read.optionVotes([id, Vote.For]), [dta("4000000"), 200_000n]);
    assert.deepEqual(await fx.governor.read.optionVotes([id, Vote.Against]), [dta("2000000"), 200_000n]);
    // The whole tally in one read: raw and √ per option (Against, For, Abstain), participation, and For does
    // not lead (a tie).
    assert.deepEqual(await fx.governor.read.tally([id]), [
      [dta("2000000"), dta("4000000"), 0n],
      [200_000n, 200_000n, 0n],
      dta("6000000"),
      false,
      Vote.For,
    ]);
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Defeated);
    // Quorum was met (6M of 7M), so the loss was honest: the deposit comes back.
    await fx.governor.write.settleDeposit([id]);
    assert.equal((await fx.governor.read.proposalMeta([id])).depositState, Deposit.Refunded);
  });

  it("one more 1M For voter tips it: 300,000 For against 200,000 Against succeeds", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    for (const [w, amount] of [
      [fx.proposerW, "1000000"],
      [fx.alice, "4000000"],
      [fx.bob, "1000000"],
      [fx.carol, "1000000"],
    ] as const) {
      await stake(fx, w, dta(amount));
    }
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "burn 3%");
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, Vote.For], { account: fx.alice.account });
    await fx.governor.write.castVote([id, Vote.For], { account: fx.proposerW.account });
    await fx.governor.write.castVote([id, Vote.Against], { account: fx.bob.account });
    await fx.governor.write.castVote([id, Vote.Against], { account: fx.carol.account });
    assert.deepEqual(await fx.governor.read.optionVotes([id, Vote.For]), [dta("5000000"), 300_000n]);
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Succeeded);
  });

  it("counts quorum on raw votes (Abstain included), not on √ weight", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    // Total voting power 17M: quorum is 4% = 680,000 raw votes.
    await stake(fx, fx.proposerW, dta("1000000"));
    await stake(fx, fx.alice, dta("500000"));
    await stake(fx, fx.bob, dta("500000"));
    for (const w of [fx.carol, fx.dave, fx.relayer]) await stake(fx, w, dta("5000000"));
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "quorum");
    await toVoting(fx, id);
    assert.equal(
      await fx.governor.read.quorum([await fx.governor.read.proposalSnapshot([id])]),
      dta("680000"),
    );
    await fx.governor.write.castVote([id, Vote.For], { account: fx.alice.account });
    assert.equal((await fx.governor.read.tally([id]))[2], dta("500000"));
    // The Abstain vote adds its 500,000 raw votes to quorum (its √ weight, 70,710, would not reach it).
    await fx.governor.write.castVote([id, Vote.Abstain], { account: fx.bob.account });
    assert.deepEqual(await fx.governor.read.optionVotes([id, Vote.Abstain]), [dta("500000"), 70_710n]);
    assert.equal((await fx.governor.read.tally([id]))[2], dta("1000000"));
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Succeeded);
  });

  it("misses quorum with too few raw votes: defeated, and the deposit is burned (failed-proposal burn)", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    await stake(fx, fx.proposerW, dta("1000000"));
    for (const w of [fx.alice, fx.bob, fx.carol, fx.dave]) await stake(fx, w, dta("5000000"));
    // Total 21M: quorum 840,000 raw. A 100k voter alone cannot meet it however the √ falls.
    await stake(fx, fx.relayer, dta("100000"));
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "no quorum");
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, Vote.For], { account: fx.relayer.account });
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Defeated);
    const supply = await fx.token.read.totalSupply();
    await viem.assertions.emitWithArgs(fx.governor.write.settleDeposit([id]), fx.governor, "DepositBurned", [
      id,
      fx.proposerW.account.address,
      dta("10000"),
    ]);
    assert.equal(await fx.token.read.totalSupply(), supply - dta("10000"));
    assert.equal(await fx.governor.read.depositsHeld(), 0n);
  });

  it("multi-option: the option with the most √ weight wins and only its actions run", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    await stake(fx, fx.proposerW, dta("1000000"));
    await stake(fx, fx.alice, dta("4000000"));
    await stake(fx, fx.bob, dta("1000000"));
    await stake(fx, fx.carol, dta("1000000"));
    await stake(fx, fx.dave, dta("1000000"));
    const options = [burnRateOption(fx, 300n), burnRateOption(fx, 400n), burnRateOption(fx, 500n)];
    const id = await propose(fx, fx.proposerW, options, "burn rate: 3, 4 or 5%");
    assert.equal((await fx.governor.read.proposalMeta([id])).optionCount, 3);
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, 0], { account: fx.alice.account }); // 200,000
    for (const w of [fx.bob, fx.carol, fx.dave])
      await fx.governor.write.castVote([id, 1], { account: w.account }); // 300,000
    await viem.assertions.revertWithCustomError(
      fx.governor.write.castVote([id, 3], { account: fx.proposerW.account }),
      fx.governor,
      "InvalidVoteOption",
    );
    assert.deepEqual((await fx.governor.read.tally([id])).slice(3), [true, 1]);
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Succeeded);
    await fx.governor.write.queue([...flat(options, "burn rate: 3, 4 or 5%")]);
    await networkHelpers.time.increase(2n * 86_400n + 1n);
    await fx.governor.write.execute([...flat(options, "burn rate: 3, 4 or 5%")]);
    assert.equal(await fx.serviceFees.read.serviceBurnBps(), 400n);
    assert.equal(await fx.governor.read.state([id]), State.Executed);
  });

  it("multi-option: a tie for the most weight defeats the proposal", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    await stake(fx, fx.proposerW, dta("1000000"));
    await stake(fx, fx.alice, dta("4000000"));
    await stake(fx, fx.bob, dta("1000000"));
    await stake(fx, fx.carol, dta("1000000"));
    const options = [burnRateOption(fx, 300n), burnRateOption(fx, 400n)];
    const id = await propose(fx, fx.proposerW, options, "tie");
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, 0], { account: fx.alice.account });
    await fx.governor.write.castVote([id, 1], { account: fx.bob.account });
    await fx.governor.write.castVote([id, 1], { account: fx.carol.account });
    assert.deepEqual((await fx.governor.read.tally([id])).slice(3), [false, 0]);
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Defeated);
  });

  it("refuses 0 or 11 options, an empty proposal and mismatched option arrays", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    await stake(fx, fx.proposerW, dta("1000000"));
    const option = burnRateOption(fx, 300n);
    const write = (options: readonly (typeof option)[]) =>
      fx.governor.write.proposeWithCommittee([1, options, "bad"], { account: fx.proposerW.account });
    await viem.assertions.revertWithCustomErrorWithArgs(write([]), fx.governor, "InvalidOptionCount", [
      0n,
      10n,
    ]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      write(Array.from({ length: 11 }, () => option)),
      fx.governor,
      "InvalidOptionCount",
      [11n, 10n],
    );
    const none = { targets: [], values: [], calldatas: [] };
    await viem.assertions.revertWithCustomError(write([none, none]), fx.governor, "EmptyProposal");
    await viem.assertions.revertWithCustomError(
      write([{ ...option, values: [] }]),
      fx.governor,
      "InvalidOptionLength",
    );
  });

  it("a succeeded proposal not queued within 14 days expires, and still gets its deposit back", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    await stake(fx, fx.proposerW, dta("1000000"));
    const options = [burnRateOption(fx, 300n)];
    const id = await propose(fx, fx.proposerW, options, "late");
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, Vote.For], { account: fx.proposerW.account });
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Succeeded);
    await networkHelpers.time.increase(14n * 86_400n);
    assert.equal(await fx.governor.read.state([id]), State.Expired);
    await viem.assertions.revertWithCustomError(
      fx.governor.write.queue([...flat(options, "late")]),
      fx.governor,
      "GovernorUnexpectedProposalState",
    );
    await fx.governor.write.settleDeposit([id]);
    assert.equal((await fx.governor.read.proposalMeta([id])).depositState, Deposit.Refunded);
  });
});
