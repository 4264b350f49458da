import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { encodeFunctionData, getAddress } from "viem";
import { signTokenPermit } from "../fixtures/permit.ts";
import {
  Committee,
  DAY,
  Deposit,
  State,
  Vote,
  deployGovernance,
  dta,
  governanceHelpers,
  type GovFixture,
} from "../fixtures/Governance.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const deploy = () => deployGovernance(connection);
const { stake, propose, flat, toVoting, toEnd, burnRateOption, safeCallsGovernor } =
  governanceHelpers(connection);

const DEPOSIT = dta("10000");

async function withProposer() {
  const fx = await deploy();
  await stake(fx, fx.proposerW, dta("1000000"));
  await stake(fx, fx.alice, dta("2000000"));
  return fx;
}

function cancelData(fx: GovFixture, description: string) {
  return encodeFunctionData({
    abi: fx.governor.abi,
    functionName: "cancel",
    args: [...flat([burnRateOption(fx, 300n)], description)],
  });
}

describe("Governance: proposing, deposits and committee vetoes", () => {
  it("needs 1,000,000 votes: 999,999.9999 staked is refused with the numbers", async () => {
    const fx = await networkHelpers.loadFixture(deploy);
    await stake(fx, fx.proposerW, dta("999999.9999"));
    await fx.token.write.approve([fx.governor.address, DEPOSIT], { account: fx.proposerW.account });
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.proposeWithCommittee([Committee.Economic, [burnRateOption(fx, 300n)], "x"], {
        account: fx.proposerW.account,
      }),
      fx.governor,
      "GovernorInsufficientProposerVotes",
      [getAddress(fx.proposerW.account.address), dta("999999.9999"), dta("1000000")],
    );
  });

  it("pulls the 10,000 DTA deposit; without an allowance nothing is proposed", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    await viem.assertions.revertWithCustomError(
      fx.governor.write.proposeWithCommittee([Committee.Economic, [burnRateOption(fx, 300n)], "x"], {
        account: fx.proposerW.account,
      }),
      fx.token,
      "ERC20InsufficientAllowance",
    );
    const before = await fx.token.read.balanceOf([fx.proposerW.account.address]);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "x");
    assert.equal(await fx.token.read.balanceOf([fx.proposerW.account.address]), before - DEPOSIT);
    assert.equal(await fx.governor.read.depositsHeld(), DEPOSIT);
    const meta = await fx.governor.read.proposalMeta([id]);
    assert.equal(meta.deposit, DEPOSIT);
    assert.equal(meta.depositState, Deposit.Held);
    assert.equal(meta.committee, Committee.Economic);
    assert.equal(await fx.governor.read.state([id]), State.Pending);
    assert.equal(await fx.governor.read.proposalCount(), 1n);
    assert.equal(await fx.governor.read.proposalIdAt([0n]), id);
  });

  it("proposes with a DTA permit for the deposit (no approval transaction)", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
    const chainId = await fx.publicClient.getChainId();
    const { v, r, s } = await signTokenPermit(
      fx.token,
      "Digital Twin AI Token",
      chainId,
      fx.proposerW,
      fx.governor.address,
      DEPOSIT,
      deadline,
    );
    await fx.governor.write.proposeWithPermit(
      [Committee.Partnership, [burnRateOption(fx, 300n)], "permit", deadline, v, r, s],
      { account: fx.proposerW.account },
    );
    assert.equal(await fx.governor.read.depositsHeld(), DEPOSIT);
  });

  it("refuses OZ's plain propose: every proposal names a committee and holds a deposit", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    await viem.assertions.revertWithCustomError(
      // OZ's propose is overridden to always revert, so it is a pure function (a read here).
      fx.governor.read.propose([...flat([burnRateOption(fx, 300n)], "x").slice(0, 3), "x"] as never),
      fx.governor,
      "CommitteeRequired",
    );
  });

  it("the proposal's committee Safe vetoes it in review with 2 signatures; the deposit is burned", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "veto me");
    const supply = await fx.token.read.totalSupply();
    const safe = await fx.governor.read.committeeSafe([Committee.Economic]);
    assert.equal(getAddress(safe), getAddress(fx.economicCommittee.address));
    await viem.assertions.emitWithArgs(
      safeCallsGovernor(fx, safe, cancelData(fx, "veto me"), fx.economicOwners.slice(0, 2)),
      fx.governor,
      "ProposalVetoed",
      [id, Committee.Economic, getAddress(safe)],
    );
    assert.equal(await fx.governor.read.state([id]), State.Canceled);
    const meta = await fx.governor.read.proposalMeta([id]);
    assert.equal(meta.vetoed, true);
    assert.equal(meta.depositState, Deposit.Burned);
    assert.equal(await fx.token.read.totalSupply(), supply - DEPOSIT);
    assert.equal(await fx.governor.read.depositsHeld(), 0n);
  });

  it("another committee's Safe cannot veto, nor the right one with 1 signature", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "veto me");
    const technical = fx.technicalCommittee.address;
    // The governor refuses the Technical Safe's cancel inside the Safe transaction (GS013).
    await assert.rejects(
      safeCallsGovernor(fx, technical, cancelData(fx, "veto me"), fx.technicalOwners.slice(0, 2)),
      /GS013/,
    );
    await assert.rejects(
      safeCallsGovernor(
        fx,
        fx.economicCommittee.address,
        cancelData(fx, "veto me"),
        fx.economicOwners.slice(0, 1),
      ),
      /GS020/,
    );
    // What the governor says to the wrong Safe, seen directly.
    await networkHelpers.impersonateAccount(technical);
    await networkHelpers.setBalance(technical, 10n ** 18n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.cancel([...flat([burnRateOption(fx, 300n)], "veto me")], { account: technical }),
      fx.governor,
      "GovernorUnableToCancel",
      [id, getAddress(technical)],
    );
    assert.equal(await fx.governor.read.state([id]), State.Pending);
  });

  it("the committee cannot veto once voting is open", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "too late");
    await toVoting(fx, id);
    await assert.rejects(
      safeCallsGovernor(
        fx,
        fx.economicCommittee.address,
        cancelData(fx, "too late"),
        fx.economicOwners.slice(1),
      ),
      /GS013/,
    );
    assert.equal(await fx.governor.read.state([id]), State.Active);
  });

  it("a proposer's own cancel in review also burns the deposit (no escaping a veto)", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "withdraw");
    await viem.assertions.emitWithArgs(
      fx.governor.write.cancel([...flat([burnRateOption(fx, 300n)], "withdraw")], {
        account: fx.proposerW.account,
      }),
      fx.governor,
      "DepositBurned",
      [id, getAddress(fx.proposerW.account.address), DEPOSIT],
    );
    assert.equal((await fx.governor.read.proposalMeta([id])).vetoed, false);
  });

  it("queueing a succeeded proposal refunds its deposit; settling twice is refused", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const options = [burnRateOption(fx, 300n)];
    const id = await propose(fx, fx.proposerW, options, "refund");
    await viem.assertions.revertWithCustomError(
      fx.governor.write.settleDeposit([id]),
      fx.governor,
      "DepositNotSettleable",
    );
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, Vote.For], { account: fx.alice.account });
    await toEnd(fx, id);
    const before = await fx.token.read.balanceOf([fx.proposerW.account.address]);
    await viem.assertions.emitWithArgs(
      fx.governor.write.queue([...flat(options, "refund")]),
      fx.governor,
      "DepositRefunded",
      [id, getAddress(fx.proposerW.account.address), DEPOSIT],
    );
    assert.equal(await fx.token.read.balanceOf([fx.proposerW.account.address]), before + DEPOSIT);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.settleDeposit([id]),
      fx.governor,
      "DepositNotSettleable",
      [id, Deposit.Refunded],
    );
  });

  it("voting power is the snapshot's: a stake after it adds nothing, a voter without one is refused", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "snapshot");
    // Staked during review (before the snapshot): counts.
    await stake(fx, fx.bob, dta("1000000"));
    await toVoting(fx, id);
    // A "flash" stake once voting is open: counts nothing, for a new voter or a top-up.
    await stake(fx, fx.carol, dta("4000000"));
    await stake(fx, fx.bob, dta("3000000"));
    const snapshot = await fx.governor.read.proposalSnapshot([id]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.castVote([id, Vote.For], { account: fx.carol.account }),
      fx.governor,
      "NoVotingPower",
      [getAddress(fx.carol.account.address), snapshot],
    );
    await fx.governor.write.castVote([id, Vote.For], { account: fx.bob.account });
    assert.deepEqual(await fx.governor.read.optionVotes([id, Vote.For]), [dta("1000000"), 100_000n]);
    await viem.assertions.revertWithCustomError(
      fx.governor.write.castVote([id, Vote.Against], { account: fx.bob.account }),
      fx.governor,
      "GovernorAlreadyCastVote",
    );
  });

  it("the review window is 2 days and voting 5 days", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "clock");
    const created = BigInt(await networkHelpers.time.latest());
    assert.equal(await fx.governor.read.proposalSnapshot([id]), created + 2n * DAY);
    assert.equal(await fx.governor.read.proposalDeadline([id]), created + 7n * DAY);
    assert.equal(await fx.governor.read.CLOCK_MODE(), "mode=timestamp");
  });

  it("keeps the staking contract's timestamp clock itself, and refuses votes on a block-number clock", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    assert.equal(BigInt(await fx.governor.read.clock()), BigInt(await networkHelpers.time.latest()));
    assert.equal(await fx.governor.read.clock(), await fx.staking.read.clock());
    const blockVotes = await viem.deployContract("BlockClockVotes");
    const actions = await viem.deployContract("ProposalActions");
    const safes = await Promise.all(
      [Committee.Technical, Committee.Economic, Committee.Partnership].map((c) =>
        fx.governor.read.committeeSafe([c]),
      ),
    );
    const params = {
      votingDelay: 2 * 86_400,
      votingPeriod: 5 * 86_400,
      proposalThreshold: dta("1000000"),
      quorumPercent: 4n,
      deposit: DEPOSIT,
      queueWindow: 14n * DAY,
    };
    await assert.rejects(
      viem.deployContract(
        "DTAGovernor",
        [
          blockVotes.address,
          fx.token.address,
          fx.timelock.address,
          [safes[0]!, safes[1]!, safes[2]!],
          [],
          params,
        ],
        { libraries: { ProposalActions: actions.address } },
      ),
      (error: Error) => error.message.includes("VotesClockNotTimestamp"),
    );
  });
});
