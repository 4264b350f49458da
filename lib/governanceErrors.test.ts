import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { RawContractError, encodeErrorResult, type Abi, type Hex } from "viem";
import { hardhat } from "viem/chains";
import { allDeployedAbis, getDeployedContract } from "./contracts";
import { decodeTxError, describeRevert } from "./errors";
import { GOVERNANCE_ERROR_MESSAGES } from "./governanceErrors";
import { committeeRefusal, DEPOSIT_BLACKLISTED_MESSAGE, DEPOSIT_PAUSED_MESSAGE } from "./governance/safeTx";

const governor = getDeployedContract(hardhat.id, "DTAGovernor");
const timelock = getDeployedContract(hardhat.id, "DTATimelock");
/** OZ errors with text elsewhere in lib/errors.ts (or that the governor cannot raise to a user). */
const ELSEWHERE = new RegExp(
  [
    "^(ERC20|ERC2612|SafeERC20|SafeCast|AccessControl|Checkpoint|Timelock(Insufficient|Invalid|Unauthorized|Unexecuted))",
    // Raised only by a bad deployment or governance's own settings, never by a user's transaction.
    "^Governor(InvalidQuorumFraction|InvalidVotingPeriod|AlreadyQueuedProposal|ProposalQueueingNotRequired|ProposalQueueingFailed|InvalidVoteType|InvalidVoteParams|DisabledDeposit)$",
    "^(FailedCall|InvalidAccountNonce|NoProposers|ERC6372InconsistentClock|VotesClockNotTimestamp|InvalidShortString|StringTooLong|ZeroAddress)$",
  ].join("|"),
);

describe("governance errors in words", { skip: !governor || !timelock }, () => {
  const abis = allDeployedAbis(hardhat.id);
  const governorAbi = governor?.abi as Abi;
  const decode = (errorName: string, args: readonly unknown[]) =>
    decodeTxError(
      new RawContractError({ data: encodeErrorResult({ abi: governorAbi, errorName, args }) as Hex }),
      abis,
    );

  it("every custom error a proposer, voter or committee can meet has readable text", () => {
    for (const abi of [governorAbi, timelock?.abi as Abi]) {
      for (const item of abi) {
        if (item.type !== "error" || ELSEWHERE.test(item.name)) continue;
        assert.doesNotMatch(
          describeRevert(item.name, []),
          /refused the transaction/,
          `${item.name} has no text`,
        );
      }
    }
    const names = new Set(
      [...governorAbi, ...(timelock?.abi as Abi)].flatMap((i) => (i.type === "error" ? [i.name] : [])),
    );
    for (const name of Object.keys(GOVERNANCE_ERROR_MESSAGES))
      assert.ok(names.has(name), `${name} is not deployed`);
  });

  it("says how many votes proposing needs and how many the proposer has", () => {
    const proposer = "0x00000000000000000000000000000000000000aa";
    const result = decode("GovernorInsufficientProposerVotes", [proposer, 9_999_999_999n, 10_000_000_000n]);
    assert.equal(result.errorName, "GovernorInsufficientProposerVotes");
    assert.match(result.message, /Proposing needs 1,000,000 votes; 0x0000…00AA has 999,999.9999 votes/);
  });

  it("names the option limit, an empty option list and the committee", () => {
    assert.match(decode("InvalidOptionCount", [11n, 10n]).message, /at most 10 options \(this one has 11\)/);
    assert.match(decode("InvalidOptionCount", [0n, 10n]).message, /Add at least one option/);
    assert.match(
      decode("NotCommitteeSafe", ["0x00000000000000000000000000000000000000aa", 0]).message,
      /Only the Technical Committee's Safe/,
    );
  });

  it("explains a proposal's state, the upgrade approval and a settled deposit", () => {
    const id = 0x1234567890abcdefn;
    assert.match(
      decode("GovernorUnexpectedProposalState", [id, 6, "0x" + "00".repeat(32)]).message,
      /is expired/,
    );
    assert.match(decode("UpgradeNotApproved", [id]).message, /Technical Committee's Safe must approve/);
    assert.match(decode("DepositNotSettleable", [id, 3]).message, /already burned/);
    assert.match(decode("DepositNotSettleable", [id, 1]).message, /once its vote is over/);
    assert.match(
      decode("GovernorUnexpectedProposalState", [id, 0, "0x" + "00".repeat(32)]).message,
      /Proposal 0x123456…cdef is in review/,
    );
  });

  it("a vote twice, and a signed vote that was used or changed", () => {
    const voter = "0x00000000000000000000000000000000000000bb";
    assert.match(decode("GovernorAlreadyCastVote", [voter]).message, /already voted/);
    assert.match(
      decode("GovernorInvalidSignature", [voter]).message,
      /already used, or its choice or reason changed/,
    );
    assert.match(decode("NoVotingPower", [voter, 1n]).message, /no staked voting power/);
  });

  it("settleDeposit refused by the token (a nested call) decodes to the token's error, worded for the deposit", () => {
    const token = getDeployedContract(hardhat.id, "DTAToken");
    assert.ok(token);
    const proposer = "0x00000000000000000000000000000000000000cc";
    for (const [errorName, args, words] of [
      ["AccountBlacklisted", [proposer], DEPOSIT_BLACKLISTED_MESSAGE],
      ["EnforcedPause", [], DEPOSIT_PAUSED_MESSAGE],
    ] as const) {
      // The governor's ABI lacks the token's errors: viem can't decode them from the called contract alone.
      const data = encodeErrorResult({ abi: token.abi as Abi, errorName, args }) as Hex;
      const decoded = decodeTxError(new RawContractError({ data }), abis);
      assert.equal(decoded.errorName, errorName);
      assert.equal(committeeRefusal("settle", decoded.errorName, decoded.message), words);
    }
  });
});
