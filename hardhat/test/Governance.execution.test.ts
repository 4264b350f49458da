import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { encodeFunctionData, getAddress, zeroHash } from "viem";
import {
  Committee,
  DAY,
  State,
  Vote,
  deployGovernance,
  dta,
  governanceHelpers,
  type GovFixture,
  type OptionInput,
} from "../fixtures/Governance.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const { stake, propose, flat, toVoting, toEnd, burnRateOption, bonusSourceOption, safeCallsGovernor } =
  governanceHelpers(connection);

async function withVoters() {
  const fx = await deployGovernance(connection);
  await stake(fx, fx.proposerW, dta("1000000"));
  await stake(fx, fx.alice, dta("2000000"));
  return fx;
}

/** Proposes `options`, votes For with alice, and queues it; returns the id and the flattened actions. */
async function queued(fx: GovFixture, options: OptionInput[], description: string, committee: number) {
  const id = await propose(fx, fx.proposerW, options, description, committee);
  await toVoting(fx, id);
  await fx.governor.write.castVote([id, Vote.For], { account: fx.alice.account });
  await toEnd(fx, id);
  const actions = flat(options, description);
  await fx.governor.write.queue([...actions], { account: fx.bob.account });
  return { id, actions };
}

describe("Governance: execution through the timelock", () => {
  it("the governor is the timelock's proposer; the interim proposer and the deployer's setup admin are gone", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const [proposer, canceller, admin] = [
      await fx.timelock.read.PROPOSER_ROLE(),
      await fx.timelock.read.CANCELLER_ROLE(),
      await fx.timelock.read.DEFAULT_ADMIN_ROLE(),
    ];
    assert.equal(await fx.timelock.read.hasRole([proposer, fx.governor.address]), true);
    assert.equal(await fx.timelock.read.hasRole([canceller, fx.governor.address]), true);
    assert.equal(await fx.timelock.read.hasRole([proposer, fx.proposer.account.address]), false);
    assert.equal(await fx.timelock.read.hasRole([canceller, fx.proposer.account.address]), false);
    assert.equal(await fx.timelock.read.hasRole([admin, fx.deployer.account.address]), false);
    assert.equal(getAddress(await fx.governor.read.timelock()), getAddress(fx.timelock.address));
    // The old interim path is closed.
    await viem.assertions.revertWithCustomError(
      fx.timelock.write.schedule([fx.serviceFees.address, 0n, "0x", zeroHash, zeroHash, 2n * DAY], {
        account: fx.proposer.account,
      }),
      fx.timelock,
      "AccessControlUnauthorizedAccount",
    );
  });

  it("a parameter change (service burn 2% → 3%) queues for 2 days, then anyone executes it", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    assert.equal(await fx.serviceFees.read.serviceBurnBps(), 200n);
    const { id, actions } = await queued(fx, [burnRateOption(fx, 300n)], "burn 3%", Committee.Economic);
    assert.equal(await fx.governor.read.state([id]), State.Queued);
    assert.equal((await fx.governor.read.proposalMeta([id])).upgradeMask, 0);
    await viem.assertions.revertWithCustomError(
      fx.governor.write.execute([...actions], { account: fx.carol.account }),
      fx.timelock,
      "TimelockUnexpectedOperationState",
    );
    await networkHelpers.time.increase(2n * DAY);
    await viem.assertions.emitWithArgs(
      fx.governor.write.execute([...actions], { account: fx.carol.account }),
      fx.serviceFees,
      "ServiceBurnRateUpdated",
      [200n, 300n],
    );
    assert.equal(await fx.governor.read.state([id]), State.Executed);
    // A payment now burns 3%.
    const [burned] = await fx.serviceFees.read.split([dta("100")]);
    assert.equal(burned, dta("3"));
  });

  it("an upgrade-class change needs the Technical Committee Safe: refused without, refused with 1 signature, runs with 2", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const source = fx.twinRegistry.address;
    const options = [bonusSourceOption(fx, source)];
    const { id, actions } = await queued(fx, options, "data bonus source", Committee.Technical);
    assert.equal((await fx.governor.read.proposalMeta([id])).upgradeMask, 1);
    await networkHelpers.time.increase(2n * DAY);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.execute([...actions], { account: fx.carol.account }),
      fx.governor,
      "UpgradeNotApproved",
      [id],
    );
    const approve = encodeFunctionData({ abi: fx.governor.abi, functionName: "approveUpgrade", args: [id] });
    const technical = fx.technicalCommittee.address;
    await assert.rejects(safeCallsGovernor(fx, technical, approve, fx.technicalOwners.slice(0, 1)), /GS020/);
    // Another committee's Safe (with its own 2 signatures) cannot approve.
    await assert.rejects(
      safeCallsGovernor(fx, fx.economicCommittee.address, approve, fx.economicOwners.slice(0, 2)),
      /GS013/,
    );
    assert.equal((await fx.governor.read.proposalMeta([id])).upgradeApproved, false);
    await viem.assertions.emitWithArgs(
      safeCallsGovernor(fx, technical, approve, fx.technicalOwners.slice(1, 3)),
      fx.governor,
      "UpgradeApproved",
      [id, getAddress(technical)],
    );
    assert.equal((await fx.governor.read.proposalMeta([id])).upgradeApproved, true);
    await fx.governor.write.execute([...actions], { account: fx.carol.account });
    assert.equal(getAddress(await fx.staking.read.bonusSource([1])), getAddress(source));
    assert.equal(await fx.governor.read.state([id]), State.Executed);
  });

  it("the Technical approval cannot be skipped by executing at the timelock directly", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const options = [bonusSourceOption(fx, fx.twinRegistry.address)];
    const { id } = await queued(fx, options, "direct", Committee.Technical);
    await networkHelpers.time.increase(2n * DAY);
    const gate = encodeFunctionData({
      abi: fx.governor.abi,
      functionName: "requireUpgradeApproval",
      args: [id],
    });
    // GovernorTimelockControl's salt: bytes20(governor) XOR the description hash.
    const governorWord = BigInt(fx.governor.address) << 96n;
    const saltHex =
      `0x${(governorWord ^ BigInt(flat(options, "direct")[3])).toString(16).padStart(64, "0")}` as const;
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.timelock.write.executeBatch(
        [
          [fx.governor.address, ...options[0]!.targets],
          [0n, 0n],
          [gate, ...options[0]!.calldatas],
          zeroHash,
          saltHex,
        ],
        { account: fx.carol.account },
      ),
      fx.governor,
      "UpgradeNotApproved",
      [id],
    );
  });

  it("a non-Technical Safe or an account cannot approve, and only a succeeded or queued proposal can be", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const id = await propose(fx, fx.proposerW, [bonusSourceOption(fx, fx.twinRegistry.address)], "early", 0);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.approveUpgrade([id], { account: fx.alice.account }),
      fx.governor,
      "NotCommitteeSafe",
      [getAddress(fx.alice.account.address), Committee.Technical],
    );
    const approve = encodeFunctionData({ abi: fx.governor.abi, functionName: "approveUpgrade", args: [id] });
    await assert.rejects(
      safeCallsGovernor(fx, fx.technicalCommittee.address, approve, fx.technicalOwners.slice(0, 2)),
      /GS013/,
    );
  });

  it("governance changes its own numbers through the timelock (here the deposit)", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const call = (data: `0x${string}`): OptionInput => ({
      targets: [fx.governor.address],
      values: [0n],
      calldatas: [data],
    });
    const setDeposit = encodeFunctionData({
      abi: fx.governor.abi,
      functionName: "setProposalDeposit",
      args: [dta("20000")],
    });
    const { actions } = await queued(fx, [call(setDeposit)], "deposit 20k", Committee.Economic);
    await networkHelpers.time.increase(2n * DAY);
    await fx.governor.write.execute([...actions]);
    assert.equal(await fx.governor.read.proposalDeposit(), dta("20000"));
    await viem.assertions.revertWithCustomError(
      fx.governor.write.setProposalDeposit([1n], { account: fx.alice.account }),
      fx.governor,
      "GovernorOnlyExecutor",
    );
  });
});
