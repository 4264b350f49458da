import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { answerApproval, currentApproval, requestApproval, subscribeApprovals } from "./approvals";
import type { WalletRequestDescription } from "./describeRequest";

const request = (title: string): WalletRequestDescription => ({
  kind: "signature",
  method: "personal_sign",
  from: undefined,
  title,
  details: [],
});

describe("dev wallet approval queue", () => {
  it("shows requests one at a time, oldest first, and resolves each with the answer", async () => {
    let notifications = 0;
    const unsubscribe = subscribeApprovals(() => notifications++);
    assert.equal(currentApproval(), null);
    const first = requestApproval(request("first"));
    const second = requestApproval(request("second"));
    const shown = currentApproval();
    assert.ok(shown?.description.kind === "signature" && shown.description.title === "first");
    assert.equal(currentApproval(), shown, "stable snapshot between changes");
    answerApproval(shown.id, false);
    assert.equal(await first, false);
    const next = currentApproval();
    assert.ok(next?.description.kind === "signature" && next.description.title === "second");
    answerApproval(next.id, true);
    assert.equal(await second, true);
    assert.equal(currentApproval(), null);
    assert.equal(notifications, 4);
    unsubscribe();
  });

  it("ignores answers to unknown ids", () => {
    answerApproval(9999, true);
    assert.equal(currentApproval(), null);
  });
});
