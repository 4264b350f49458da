import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DepositState, depositPanel, depositSettlement, type DepositSettlementInput } from "./deposit";
import { ProposalState } from "./lifecycle";

const held: DepositSettlementInput = {
  state: ProposalState.Defeated,
  depositState: DepositState.Held,
  vetoed: false,
  participation: 400n,
  quorum: 400n,
};

describe("depositSettlement", () => {
  it("refunds a proposal defeated with quorum met (participation equal to quorum counts)", () => {
    assert.equal(depositSettlement(held)?.action, "refund");
  });
  it("burns a proposal that missed quorum by one base unit", () => {
    const missed = depositSettlement({ ...held, participation: 399n });
    assert.equal(missed?.action, "burn");
    assert.match(missed?.because ?? "", /missed quorum/);
  });
  it("burns a vetoed or canceled proposal, saying which", () => {
    const canceled = { ...held, state: ProposalState.Canceled, quorum: undefined };
    assert.deepEqual(depositSettlement({ ...canceled, vetoed: true }), {
      action: "burn",
      because: "its committee vetoed it",
    });
    assert.match(depositSettlement(canceled)?.because ?? "", /proposer canceled/);
  });
  it("refunds every succeeded outcome: succeeded, queued, executed, expired", () => {
    for (const state of [
      ProposalState.Succeeded,
      ProposalState.Queued,
      ProposalState.Executed,
      ProposalState.Expired,
    ])
      assert.equal(depositSettlement({ ...held, state })?.action, "refund", `state ${state}`);
  });
  it("has nothing to settle while the vote is open or once the deposit moved", () => {
    assert.equal(depositSettlement({ ...held, state: ProposalState.Pending }), undefined);
    assert.equal(depositSettlement({ ...held, state: ProposalState.Active }), undefined);
    assert.equal(depositSettlement({ ...held, depositState: DepositState.Refunded }), undefined);
    assert.equal(depositSettlement({ ...held, depositState: DepositState.Burned }), undefined);
    assert.equal(depositSettlement({ ...held, depositState: DepositState.None }), undefined);
  });
});

describe("depositPanel", () => {
  it("points a succeeded proposal's held deposit to the Queue panel (queuing refunds it), not to Settle", () => {
    assert.equal(depositPanel({ ...held, state: ProposalState.Succeeded }), "queue");
  });
  it("offers Settle when queuing cannot refund: queued with the refund deferred, expired, defeated, canceled", () => {
    for (const state of [
      ProposalState.Queued,
      ProposalState.Expired,
      ProposalState.Defeated,
      ProposalState.Canceled,
    ])
      assert.deepEqual(
        depositPanel({ ...held, state }),
        depositSettlement({ ...held, state }),
        `state ${state}`,
      );
  });
  it("says nothing once the deposit moved, even for a succeeded proposal", () => {
    assert.equal(
      depositPanel({ ...held, state: ProposalState.Succeeded, depositState: DepositState.Refunded }),
      undefined,
    );
  });
});
