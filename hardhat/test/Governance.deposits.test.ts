import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { encodeFunctionData, getAddress, parseEventLogs, type Hash } from "viem";
import { execByCouncil } from "../fixtures/SecurityCouncil.ts";
import {
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
const { stake, propose, flat, toVoting, toEnd, burnRateOption, safeCallsGovernor } =
  governanceHelpers(connection);

const DEPOSIT = dta("10000");

async function withProposer() {
  const fx = await deployGovernance(connection);
  await stake(fx, fx.proposerW, dta("1000000"));
  await stake(fx, fx.alice, dta("2000000"));
  return fx;
}

/** The Security Council (2 of its 3 owners) calls the token: pause, unpause or a blacklisting. */
async function council(fx: GovFixture, data: `0x${string}`): Promise<void> {
  const [first, second] = fx.councilOwners;
  assert.ok(first && second);
  const hash = await execByCouncil(
    viem,
    fx.council.address,
    { to: fx.token.address, data },
    [first, second],
    first,
  );
  assert.equal((await fx.publicClient.waitForTransactionReceipt({ hash })).status, "success");
}
const setPaused = (fx: GovFixture, paused: boolean) =>
  council(fx, encodeFunctionData({ abi: fx.token.abi, functionName: paused ? "pause" : "unpause" }));
const setBlacklisted = (fx: GovFixture, listed: boolean) =>
  council(
    fx,
    encodeFunctionData({
      abi: fx.token.abi,
      functionName: "setBlacklisted",
      args: [fx.proposerW.account.address, listed],
    }),
  );

/** The governor's deposit events in one transaction's receipt, by name. */
async function depositEvents(fx: GovFixture, hash: Hash): Promise<string[]> {
  const receipt = await fx.publicClient.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, "success");
  return parseEventLogs({ abi: fx.governor.abi, logs: receipt.logs })
    .map((l) => l.eventName)
    .filter((name) => name.startsWith("Deposit"));
}

async function succeeded(fx: GovFixture, description: string) {
  const options = [burnRateOption(fx, 300n)];
  const id = await propose(fx, fx.proposerW, options, description);
  await toVoting(fx, id);
  await fx.governor.write.castVote([id, Vote.For], { account: fx.alice.account });
  await toEnd(fx, id);
  return { id, actions: flat(options, description) };
}

describe("Governance: a deposit the token refuses to move never blocks governance", () => {
  it("while DTA is paused a committee veto succeeds and the deposit stays held; after unpause settleDeposit burns it", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "veto while paused");
    const supply = await fx.token.read.totalSupply();
    await setPaused(fx, true);
    const cancel = encodeFunctionData({
      abi: fx.governor.abi,
      functionName: "cancel",
      args: [...flat([burnRateOption(fx, 300n)], "veto while paused")],
    });
    const hash = await safeCallsGovernor(
      fx,
      fx.economicCommittee.address,
      cancel,
      fx.economicOwners.slice(0, 2),
    );
    assert.deepEqual(await depositEvents(fx, hash), ["DepositSettlementDeferred"]);
    assert.equal(await fx.governor.read.state([id]), State.Canceled);
    const meta = await fx.governor.read.proposalMeta([id]);
    assert.equal(meta.vetoed, true);
    assert.equal(meta.depositState, Deposit.Held);
    assert.equal(await fx.governor.read.depositsHeld(), DEPOSIT);
    assert.equal(await fx.token.read.totalSupply(), supply);

    // Still paused: settling says why (the token's own error), and nothing moves.
    await viem.assertions.revertWithCustomError(
      fx.governor.write.settleDeposit([id]),
      fx.token,
      "EnforcedPause",
    );
    assert.equal((await fx.governor.read.proposalMeta([id])).depositState, Deposit.Held);

    await setPaused(fx, false);
    await viem.assertions.emitWithArgs(fx.governor.write.settleDeposit([id]), fx.governor, "DepositBurned", [
      id,
      getAddress(fx.proposerW.account.address),
      DEPOSIT,
    ]);
    assert.equal((await fx.governor.read.proposalMeta([id])).depositState, Deposit.Burned);
    assert.equal(await fx.governor.read.depositsHeld(), 0n);
    assert.equal(await fx.token.read.totalSupply(), supply - DEPOSIT);
  });

  it("while DTA is paused a succeeded proposal is queued; the refund waits for settleDeposit after unpause", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const { id, actions } = await succeeded(fx, "queue while paused");
    await setPaused(fx, true);
    const hash = await fx.governor.write.queue([...actions], { account: fx.bob.account });
    assert.deepEqual(await depositEvents(fx, hash), ["DepositSettlementDeferred"]);
    assert.equal(await fx.governor.read.state([id]), State.Queued);
    assert.equal((await fx.governor.read.proposalMeta([id])).depositState, Deposit.Held);
    await viem.assertions.revertWithCustomError(
      fx.governor.write.settleDeposit([id]),
      fx.token,
      "EnforcedPause",
    );
    await setPaused(fx, false);
    const before = await fx.token.read.balanceOf([fx.proposerW.account.address]);
    await fx.governor.write.settleDeposit([id], { account: fx.carol.account });
    assert.equal(await fx.token.read.balanceOf([fx.proposerW.account.address]), before + DEPOSIT);
    assert.equal((await fx.governor.read.proposalMeta([id])).depositState, Deposit.Refunded);
    assert.equal(await fx.governor.read.depositsHeld(), 0n);
  });

  it("a blacklisted proposer's succeeded proposal is queued and executed; its refund reverts with the blacklist until lifted", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const { id, actions } = await succeeded(fx, "blacklisted proposer");
    await setBlacklisted(fx, true);
    const hash = await fx.governor.write.queue([...actions], { account: fx.bob.account });
    assert.deepEqual(await depositEvents(fx, hash), ["DepositSettlementDeferred"]);
    assert.equal(await fx.governor.read.depositsHeld(), DEPOSIT);
    await networkHelpers.time.increase(Number(await fx.timelock.read.getMinDelay()) + 1);
    await fx.governor.write.execute([...actions], { account: fx.bob.account });
    assert.equal(await fx.governor.read.state([id]), State.Executed);
    assert.equal(await fx.serviceFees.read.serviceBurnBps(), 300n);

    const proposer = getAddress(fx.proposerW.account.address);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.settleDeposit([id]),
      fx.token,
      "AccountBlacklisted",
      [proposer],
    );
    assert.equal((await fx.governor.read.proposalMeta([id])).depositState, Deposit.Held);

    await setBlacklisted(fx, false);
    const before = await fx.token.read.balanceOf([proposer]);
    await viem.assertions.emitWithArgs(
      fx.governor.write.settleDeposit([id]),
      fx.governor,
      "DepositRefunded",
      [id, proposer, DEPOSIT],
    );
    assert.equal(await fx.token.read.balanceOf([proposer]), before + DEPOSIT);
    assert.equal(await fx.governor.read.depositsHeld(), 0n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.settleDeposit([id]),
      fx.governor,
      "DepositNotSettleable",
      [id, Deposit.Refunded],
    );
  });

  it("a defeated proposal's settleDeposit reverts while DTA is paused and works after (anyone, not the proposer)", async () => {
    const fx = await networkHelpers.loadFixture(withProposer);
    const options = [burnRateOption(fx, 300n)];
    const id = await propose(fx, fx.proposerW, options, "defeated");
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, Vote.Against], { account: fx.alice.account });
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.state([id]), State.Defeated);
    await setPaused(fx, true);
    await viem.assertions.revertWithCustomError(
      fx.governor.write.settleDeposit([id], { account: fx.dave.account }),
      fx.token,
      "EnforcedPause",
    );
    await setPaused(fx, false);
    await viem.assertions.emitWithArgs(
      fx.governor.write.settleDeposit([id], { account: fx.dave.account }),
      fx.governor,
      "DepositRefunded",
      [id, getAddress(fx.proposerW.account.address), DEPOSIT],
    );
  });
});
