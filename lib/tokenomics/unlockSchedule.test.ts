import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { GENESIS_ALLOCATION, GENESIS_SUPPLY, bucketTotal } from "./allocation";
import { formatShare, toWholeDta, unlockSchedule, unlockedAt } from "./unlockSchedule";

const team = GENESIS_ALLOCATION.find((b) => b.id === "team")!;
const TEAM_TOTAL = bucketTotal(team);

describe("unlock schedule", () => {
  const schedule = unlockSchedule();

  it("has one point per month from 0 to 24", () => {
    assert.equal(schedule.length, 25);
    assert.deepEqual(
      schedule.map((p) => p.month),
      Array.from({ length: 25 }, (_, i) => i),
    );
  });

  it("starts with every bucket unlocked at genesis and nothing of the team's", () => {
    assert.equal(schedule[0]!.circulating, GENESIS_SUPPLY - TEAM_TOTAL);
    assert.equal(schedule[0]!.circulating, 900_000_000n * 10_000n);
    assert.equal(schedule[0]!.byBucket.team, 0n);
    assert.equal(schedule[0]!.byBucket.ecosystem, 300_000_000n * 10_000n);
  });

  it("adds half of the team & advisors bucket by month 12", () => {
    assert.equal(schedule[12]!.byBucket.team, TEAM_TOTAL / 2n);
    assert.equal(schedule[12]!.circulating, schedule[0]!.circulating + TEAM_TOTAL / 2n);
  });

  it("reaches the full 1B at month 24", () => {
    assert.equal(schedule[24]!.circulating, GENESIS_SUPPLY);
    assert.equal(schedule[24]!.byBucket.team, TEAM_TOTAL);
  });

  it("never decreases and each point sums its buckets", () => {
    for (let i = 1; i < schedule.length; i++) {
      assert.ok(schedule[i]!.circulating >= schedule[i - 1]!.circulating);
      const sum = Object.values(schedule[i]!.byBucket).reduce((a, b) => a + b, 0n);
      assert.equal(sum, schedule[i]!.circulating);
    }
  });

  it("floors the linear share of a vesting bucket and clamps outside the period", () => {
    assert.equal(unlockedAt(team, 1), TEAM_TOTAL / 24n);
    assert.equal(unlockedAt(team, -1), 0n);
    assert.equal(unlockedAt(team, 30), TEAM_TOTAL);
  });
});

describe("display helpers", () => {
  it("converts base units to whole DTA for chart geometry, truncating", () => {
    assert.equal(toWholeDta(GENESIS_SUPPLY), 1_000_000_000);
    assert.equal(toWholeDta(19_999n), 1);
  });

  it("formats shares with bigint maths", () => {
    assert.equal(formatShare(137_000_000n, 1_000_000_000n), "13.7%");
    assert.equal(formatShare(1n, 3n), "33.33%");
    assert.equal(formatShare(GENESIS_SUPPLY, GENESIS_SUPPLY), "100%");
    assert.equal(formatShare(5n, 0n), "0%");
  });
});
