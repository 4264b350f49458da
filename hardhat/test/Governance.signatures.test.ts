import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { network } from "hardhat";
import { encodeFunctionData, getAddress, parseEventLogs, type Hex } from "viem";
import {
  GOVERNOR_DOMAIN_NAME,
  GOVERNOR_DOMAIN_VERSION,
  ballotTypedData,
  nonceKey,
  nonceMatchesProposal,
} from "../../lib/governance/ballot.ts";
import type { Signer } from "../fixtures/SecurityCouncil.ts";
import { Vote, deployGovernance, dta, governanceHelpers, type GovFixture } from "../fixtures/Governance.ts";

const connection = await network.create();
const { viem, networkHelpers } = connection;
const { stake, propose, flat, toVoting, toEnd, burnRateOption, safeCallsGovernor } =
  governanceHelpers(connection);

async function withVoters() {
  const fx = await deployGovernance(connection);
  await stake(fx, fx.proposerW, dta("1000000"));
  for (const w of [fx.alice, fx.bob, fx.carol]) await stake(fx, w, dta("1000000"));
  return fx;
}

async function signVote(fx: GovFixture, voter: Signer, proposalId: bigint, support: number, reason: string) {
  const address = voter.account.address;
  const nonce = await fx.governor.read.nonces([address, nonceKey(proposalId)]);
  const chainId = await fx.publicClient.getChainId();
  const typed = ballotTypedData(
    {
      name: GOVERNOR_DOMAIN_NAME,
      version: GOVERNOR_DOMAIN_VERSION,
      chainId,
      verifyingContract: fx.governor.address,
    },
    { proposalId, support, voter: address, nonce, reason },
  );
  const signature = await voter.signTypedData({ account: voter.account, ...typed });
  return { proposalId, support, voter: address, reason, signature, nonce };
}

/** The relayer submits `votes` in one `castVotesBySig` transaction; returns its receipt. */
async function relayBatch(fx: GovFixture, votes: readonly Awaited<ReturnType<typeof signVote>>[]) {
  const hash = await fx.governor.write.castVotesBySig([votes], { account: fx.relayer.account });
  return fx.publicClient.waitForTransactionReceipt({ hash });
}

const bySig = (v: { proposalId: bigint; support: number; voter: Hex; reason: string; signature: Hex }) =>
  [v.proposalId, v.support, v.voter, v.reason, "0x", v.signature] as const;

describe("Governance: votes by signature with reasons, keyed nonces and a batch relay", () => {
  it("the domain is the one the app signs for", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const [, name, version] = await fx.governor.read.eip712Domain();
    assert.equal(name, GOVERNOR_DOMAIN_NAME);
    assert.equal(version, GOVERNOR_DOMAIN_VERSION);
  });

  it("a relayed signed vote carries its reason; replaying it is refused", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "sig");
    await toVoting(fx, id);
    const vote = await signVote(fx, fx.alice, id, Vote.For, "3% funds the reserve faster");
    assert.ok(nonceMatchesProposal(vote.nonce, id));
    await viem.assertions.emitWithArgs(
      fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig(vote)], { account: fx.relayer.account }),
      fx.governor,
      "VoteCast",
      [getAddress(vote.voter), id, Vote.For, dta("1000000"), "3% funds the reserve faster"],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig(vote)], { account: fx.relayer.account }),
      fx.governor,
      "GovernorInvalidSignature",
      [getAddress(vote.voter)],
    );
    // A relay cannot change the reason (or the choice) it was given.
    const forged = await signVote(fx, fx.bob, id, Vote.For, "honest");
    await viem.assertions.revertWithCustomError(
      fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig({ ...forged, reason: "edited" })], {
        account: fx.relayer.account,
      }),
      fx.governor,
      "GovernorInvalidSignature",
    );
  });

  it("two pending signed votes (two proposals) are both valid, whichever lands first", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const first = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "first");
    const second = await propose(fx, fx.proposerW, [burnRateOption(fx, 400n)], "second");
    await toVoting(fx, second);
    const a = await signVote(fx, fx.alice, first, Vote.For, "yes to 3%");
    const b = await signVote(fx, fx.alice, second, Vote.Against, "no to 4%");
    await fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig(b)], { account: fx.relayer.account });
    await fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig(a)], { account: fx.relayer.account });
    assert.equal(await fx.governor.read.hasVoted([first, fx.alice.account.address]), true);
    assert.equal(await fx.governor.read.hasVoted([second, fx.alice.account.address]), true);
  });

  it("a relay submits several signed votes in one transaction", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "batch");
    await toVoting(fx, id);
    const votes = [
      await signVote(fx, fx.alice, id, Vote.For, "a"),
      await signVote(fx, fx.bob, id, Vote.Against, "b"),
      await signVote(fx, fx.carol, id, Vote.Abstain, ""),
    ];
    const receipt = await relayBatch(fx, votes);
    const cast = parseEventLogs({ abi: fx.governor.abi, logs: receipt.logs, eventName: "VoteCast" });
    assert.deepEqual(
      cast.map((e) => [e.args.voter, e.args.support, e.args.reason]),
      votes.map((v) => [getAddress(v.voter), v.support, v.reason]),
    );
    assert.equal((await fx.governor.read.tally([id]))[2], dta("3000000"));
  });

  it("the vote record is the keyed nonce: a direct vote uses it up, so a pending signed vote is refused", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "record");
    await toVoting(fx, id);
    const alice = fx.alice.account.address;
    const pending = await signVote(fx, fx.alice, id, Vote.For, "signed before voting");
    assert.equal(pending.nonce, nonceKey(id) << 64n);
    await fx.governor.write.castVote([id, Vote.Against], { account: fx.alice.account });
    assert.equal(await fx.governor.read.hasVoted([id, alice]), true);
    assert.equal(await fx.governor.read.nonces([alice, nonceKey(id)]), (nonceKey(id) << 64n) | 1n);
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig(pending)], {
        account: fx.relayer.account,
      }),
      fx.governor,
      "GovernorInvalidSignature",
      [getAddress(alice)],
    );
    // Signed over the used-up nonce, the ballot is genuine but the voter has voted.
    const late = await signVote(fx, fx.alice, id, Vote.For, "again");
    await viem.assertions.revertWithCustomErrorWithArgs(
      fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig(late)], { account: fx.relayer.account }),
      fx.governor,
      "GovernorAlreadyCastVote",
      [getAddress(alice)],
    );
    // The plain (unkeyed) nonce is untouched by keyed votes.
    assert.equal(await fx.governor.read.nonces([alice]), 0n);
  });

  it("a ballot over the plain nonce still counts, and uses up both nonces", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "plain");
    await toVoting(fx, id);
    const bob = fx.bob.account.address;
    const typed = ballotTypedData(
      {
        name: GOVERNOR_DOMAIN_NAME,
        version: GOVERNOR_DOMAIN_VERSION,
        chainId: await fx.publicClient.getChainId(),
        verifyingContract: fx.governor.address,
      },
      { proposalId: id, support: Vote.For, voter: bob, nonce: 0n, reason: "plain nonce" },
    );
    const signature = await fx.bob.signTypedData({ account: fx.bob.account, ...typed });
    const vote = { proposalId: id, support: Vote.For, voter: bob, reason: "plain nonce", signature };
    await fx.governor.write.castVoteWithReasonAndParamsBySig([...bySig(vote)], {
      account: fx.relayer.account,
    });
    assert.equal(await fx.governor.read.hasVoted([id, bob]), true);
    assert.equal(await fx.governor.read.nonces([bob]), 1n);
    assert.equal(await fx.governor.read.nonces([bob, nonceKey(id)]), (nonceKey(id) << 64n) | 1n);
  });

  it("a relayed vote with reason costs at most 70,000 gas per vote in a batch of 3", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "gas");
    await toVoting(fx, id);
    // A first vote makes the For tally slot non-zero, as in any batch after the opening vote.
    await fx.governor.write.castVote([id, Vote.For], { account: fx.proposerW.account });
    const votes = [];
    for (const w of [fx.alice, fx.bob, fx.carol])
      votes.push(await signVote(fx, w, id, Vote.For, "Three percent funds the burn reserve faster."));
    const { gasUsed } = await relayBatch(fx, votes);
    assert.ok(gasUsed / 3n <= 70_000n, `per vote ${gasUsed / 3n}`);
  });

  it("one bad signature reverts the whole batch (the relay checks first)", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "batch");
    await toVoting(fx, id);
    const good = await signVote(fx, fx.alice, id, Vote.For, "a");
    const bad = { ...(await signVote(fx, fx.bob, id, Vote.For, "b")), support: Vote.Against };
    await viem.assertions.revertWithCustomError(
      fx.governor.write.castVotesBySig([[good, bad]], { account: fx.relayer.account }),
      fx.governor,
      "GovernorInvalidSignature",
    );
    assert.equal(await fx.governor.read.hasVoted([id, fx.alice.account.address]), false);
  });
});

describe("Governance: the +10% staking bonus for voting in the last 3 finished proposals", () => {
  async function finishedProposal(fx: GovFixture, description: string, voter?: Signer): Promise<bigint> {
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], description);
    await toVoting(fx, id);
    if (voter) await fx.governor.write.castVote([id, Vote.For], { account: voter.account });
    await toEnd(fx, id);
    return id;
  }

  it("counts a vote while it is among the 3 newest finished proposals, not before it finished", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const alice = fx.alice.account.address;
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), false);
    const id = await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], "p0");
    await toVoting(fx, id);
    await fx.governor.write.castVote([id, Vote.For], { account: fx.alice.account });
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), false, "voting not over yet");
    await toEnd(fx, id);
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), true);
    const [eligible, percent] = await fx.staking.read.bonusesOf([alice]);
    assert.equal(eligible[2], true, "staking reads the governor");
    assert.equal(percent, 10n);
    await finishedProposal(fx, "p1");
    await finishedProposal(fx, "p2");
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), true, "still among the last 3");
    await finishedProposal(fx, "p3");
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), false, "4th newest no longer counts");
    await finishedProposal(fx, "p4", fx.alice);
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), true);
  });

  it("vetoed proposals are not 'finished proposals' (nobody could vote in them)", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const alice = fx.alice.account.address;
    await finishedProposal(fx, "voted", fx.alice);
    for (const d of ["v1", "v2", "v3"]) {
      await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], d);
      const data = encodeFunctionData({
        abi: fx.governor.abi,
        functionName: "cancel",
        args: [...flat([burnRateOption(fx, 300n)], d)],
      });
      await safeCallsGovernor(fx, fx.economicCommittee.address, data, fx.economicOwners.slice(0, 2));
    }
    await networkHelpers.time.increase(8n * 86_400n);
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), true);
  });

  it("the check's worst case fits the staking contract's 50,000-gas cap with room to spare", async () => {
    const fx = await networkHelpers.loadFixture(withVoters);
    const alice = fx.alice.account.address;
    // Three finished proposals alice skipped, then newer ones still in review: the scan reads its whole limit.
    for (const d of ["f1", "f2", "f3"]) await finishedProposal(fx, d);
    const limit = await fx.governor.read.BONUS_SCAN_LIMIT();
    for (let i = 0n; i < limit - 1n; i++)
      await propose(fx, fx.proposerW, [burnRateOption(fx, 300n)], `pending ${i}`);
    assert.equal(await fx.governor.read.hasStakingBonus([alice]), false);
    const cap = await fx.staking.read.BONUS_CHECK_GAS();
    const gas = await fx.publicClient.estimateGas({
      to: fx.governor.address,
      data: encodeFunctionData({ abi: fx.governor.abi, functionName: "hasStakingBonus", args: [alice] }),
    });
    // The estimate includes the 21,000 intrinsic gas and calldata of a transaction; a staking call pays neither.
    assert.ok(gas - 21_000n <= (cap * 9n) / 10n, `the check used ${gas - 21_000n} gas, cap ${cap}`);
  });
});
