import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nextChangeAt, proposalState, quorumReached, type ProposalLifecycle } from "./state";

const DAY = 86_400n;
const WINDOW = 14n * DAY;
/** Created at 1,000: review until 1,000 + 2 days, voting for 5 days. */
const base: ProposalLifecycle = {
  snapshot: 1_000n + 2n * DAY,
  deadline: 1_000n + 7n * DAY,
  canceled: false,
  vetoed: false,
  executed: false,
  queued: false,
  participation: 0n,
  quorum: null,
  hasWinner: false,
};
const passing: ProposalLifecycle = { ...base, participation: 500n, quorum: 400n, hasWinner: true };

describe("proposal state (as DTAGovernor.state decides it)", () => {
  it("is Review up to and including the snapshot second, Active through the deadline second", () => {
    assert.equal(proposalState(base, 1_001n, WINDOW), "Review");
    assert.equal(proposalState(base, base.snapshot, WINDOW), "Review");
    assert.equal(proposalState(base, base.snapshot + 1n, WINDOW), "Active");
    assert.equal(proposalState(base, base.deadline, WINDOW), "Active");
  });

  it("is Defeated after voting without quorum, without a winner, or with nobody voting", () => {
    const after = base.deadline + 1n;
    assert.equal(proposalState(base, after, WINDOW), "Defeated");
    assert.equal(proposalState({ ...passing, quorum: 501n }, after, WINDOW), "Defeated");
    assert.equal(proposalState({ ...passing, hasWinner: false }, after, WINDOW), "Defeated");
    assert.equal(proposalState({ ...base, quorum: 0n, hasWinner: true }, after, WINDOW), "Defeated");
  });

  it("meets quorum at exactly the quorum", () => {
    assert.equal(quorumReached({ participation: 400n, quorum: 400n }), true);
    assert.equal(quorumReached({ participation: 399n, quorum: 400n }), false);
    assert.equal(proposalState({ ...passing, participation: 400n }, base.deadline + 1n, WINDOW), "Succeeded");
  });

  it("expires a succeeded proposal not queued once the queue window has passed", () => {
    assert.equal(proposalState(passing, base.deadline + WINDOW, WINDOW), "Succeeded");
    assert.equal(proposalState(passing, base.deadline + WINDOW + 1n, WINDOW), "Expired");
    assert.equal(proposalState({ ...passing, queued: true }, base.deadline + WINDOW + 1n, WINDOW), "Queued");
  });

  it("puts executed first, then vetoed and canceled, whatever the time", () => {
    const late = base.deadline + 100n * DAY;
    assert.equal(proposalState({ ...passing, queued: true, executed: true }, late, WINDOW), "Executed");
    assert.equal(proposalState({ ...base, canceled: true, vetoed: true }, 1_001n, WINDOW), "Vetoed");
    assert.equal(proposalState({ ...base, canceled: true }, late, WINDOW), "Canceled");
  });

  it("says when time alone changes the state next", () => {
    assert.equal(nextChangeAt(base, "Review", WINDOW), base.snapshot + 1n);
    assert.equal(nextChangeAt(base, "Active", WINDOW), base.deadline + 1n);
    assert.equal(nextChangeAt(base, "Succeeded", WINDOW), base.deadline + WINDOW + 1n);
    assert.equal(nextChangeAt(base, "Queued", WINDOW), null);
  });
});
