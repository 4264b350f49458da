import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDuration, syncStatus } from "./syncStatus";

const DAY = 86_400n;
const base = {
  lastSync: 1_000n * DAY,
  windowEnd: 1_007n * DAY,
  multiplierPct: 120n,
  quality: 95n,
  cooldownEnds: 0n,
};

describe("sync status", () => {
  it("writes durations in the two largest units", () => {
    assert.equal(formatDuration(7n * DAY - 3_600n), "6 days 23 hours");
    assert.equal(formatDuration(DAY + 60n), "1 day");
    assert.equal(formatDuration(300n), "5 minutes");
    assert.equal(formatDuration(59n), "less than a minute");
  });

  it("says when earning stops, and why it stopped", () => {
    const earning = syncStatus(base, 1_001n * DAY);
    assert.equal(earning.kind, "earning");
    assert.match(earning.text, /\+20% quality bonus until .* stops in 6 days unless you sync again/);
    assert.match(syncStatus(base, 1_007n * DAY).text, /Earning stopped .* Record a sync to earn again/);
    assert.match(syncStatus({ ...base, quality: 49n }, 1_001n * DAY).text, /Suspended/);
    assert.match(syncStatus({ ...base, cooldownEnds: 1n }, 1_001n * DAY).text, /Deregistering/);
    assert.match(syncStatus({ ...base, multiplierPct: 0n }, 1_001n * DAY).text, /pool could not cover/);
    assert.equal(syncStatus({ ...base, lastSync: 0n }, 1n).kind, "never");
  });
});
