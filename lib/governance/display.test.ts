import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countdownText, quorumPercent } from "./display";
import { leadingIndex } from "./quadratic";

const DAY = 86_400n;
const p = { snapshot: 10n * DAY, deadline: 15n * DAY, eta: null };

describe("proposal display", () => {
  it("counts down to the next step of each state", () => {
    assert.equal(countdownText({ ...p, state: "Review" }, 9n * DAY, 14n * DAY), "Voting opens in 1 day");
    assert.equal(countdownText({ ...p, state: "Active" }, 13n * DAY, 14n * DAY), "Voting ends in 2 days");
    assert.equal(countdownText({ ...p, state: "Succeeded" }, 16n * DAY, 14n * DAY), "Queue within 13 days");
    assert.equal(
      countdownText({ ...p, state: "Queued", eta: 20n * DAY }, 19n * DAY, 0n),
      "Executable in 1 day",
    );
    assert.equal(countdownText({ ...p, state: "Queued", eta: 20n * DAY }, 21n * DAY, 0n), "Executable now");
    assert.equal(countdownText({ ...p, state: "Executed" }, 30n * DAY, 0n), null);
  });

  it("shows quorum progress in whole percent, capped, unknown until the first vote", () => {
    assert.equal(quorumPercent(50n, 200n), 25);
    assert.equal(quorumPercent(199n, 200n), 99);
    assert.equal(quorumPercent(500n, 200n), 100);
    assert.equal(quorumPercent(0n, null), null);
  });

  it("finds the leader by √ weight; For/Against ignore Abstain; a tie has none", () => {
    assert.equal(leadingIndex("forAgainstAbstain", [3n, 5n, 100n]), 1);
    assert.equal(leadingIndex("forAgainstAbstain", [5n, 5n, 0n]), null);
    assert.equal(leadingIndex("multiOption", [1n, 9n, 4n]), 1);
    assert.equal(leadingIndex("multiOption", [0n, 0n]), null);
  });
});
