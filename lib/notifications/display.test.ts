import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { NOTIFICATION_KINDS } from "../indexer/notificationTypes";
import { NOTIFICATION_LABELS, notificationWhen } from "./display";

describe("notificationWhen", () => {
  const now = 1_000_000n;
  it("counts down while there is time to act", () => {
    assert.equal(
      notificationWhen({ kind: "voteEnding", at: 0n, endsAt: now + 5n * 3_600n }, now),
      "Voting ends in 5 hours",
    );
    assert.equal(
      notificationWhen({ kind: "streamLow", at: 0n, endsAt: now + 90n }, now),
      "Runs dry in 1 minute",
    );
    assert.equal(
      notificationWhen({ kind: "jobWaiting", at: 0n, endsAt: now + 86_400n }, now),
      "Deadline in 1 day",
    );
  });

  it("says how long ago otherwise", () => {
    assert.equal(notificationWhen({ kind: "vote", at: now - 7_200n, endsAt: now }, now), "2 hours ago");
    assert.equal(
      notificationWhen({ kind: "executed", at: now - 3n * 86_400n, endsAt: null }, now),
      "3 days ago",
    );
    assert.equal(notificationWhen({ kind: "result", at: now - 10n, endsAt: null }, now), "Just now");
    assert.equal(notificationWhen({ kind: "result", at: now + 10n, endsAt: null }, now), "Just now");
  });

  it("has a word for every kind", () => {
    for (const kind of NOTIFICATION_KINDS) assert.ok(NOTIFICATION_LABELS[kind].word.length > 0);
  });
});
