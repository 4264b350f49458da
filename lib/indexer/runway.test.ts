import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PoolDay } from "./client";
import { describeRunway, poolRunway, poolRunways, runwayWindow } from "./runway";

const DTA = 10_000n;
const M = 1_000_000n * DTA;
const day = (d: number, reserved: bigint, released = 0n, pool: PoolDay["pool"] = "staking"): PoolDay => ({
  pool,
  day: d,
  reserved,
  released,
});

describe("pool runway", () => {
  it("the window is the last 30 days, today included, or since genesis when the chain is younger", () => {
    assert.deepEqual(runwayWindow(1_000, 100), { fromDay: 971, days: 30 });
    assert.deepEqual(runwayWindow(1_000, 998), { fromDay: 998, days: 3 });
    assert.deepEqual(runwayWindow(1_000, 1_000), { fromDay: 1_000, days: 1 });
    assert.deepEqual(runwayWindow(1_000, null), { fromDay: 1_000, days: 1 });
  });

  it("the issue's case: 500M staked at 8–25% APY reserves 40–125M a year against a 120M pool", () => {
    // 125M a year is 125M × 30 / 365 in 30 days; 120M lasts 120 / 125 × 365 = 350.4 days at that pace.
    const inWindow = (125n * M * 30n) / 365n;
    const fast = poolRunway(120n * M, [day(990, inWindow)], 1_000, 0);
    assert.equal(fast.kind, "days");
    assert.ok(fast.kind === "days");
    assert.equal(fast.daysLeft, 350n);
    assert.equal(fast.perYear / M, 124n); // 124.99…M: integer maths rounds down
    const slow = poolRunway(120n * M, [day(990, (40n * M * 30n) / 365n)], 1_000, 0);
    assert.ok(slow.kind === "days");
    assert.equal(slow.daysLeft, 1_095n); // 3 years
  });

  it("counts only the window and nets out what came back to the pool", () => {
    const rows = [day(900, 1_000n * M), day(980, 40n * DTA, 10n * DTA), day(1_000, 20n * DTA)];
    const runway = poolRunway(300n * DTA, rows, 1_000, 0);
    assert.ok(runway.kind === "days");
    assert.equal(runway.netReserved, 50n * DTA);
    assert.equal(runway.daysLeft, 180n); // 300 DTA at 50 DTA / 30 days
  });

  it("zero pace is 'no reservations', not infinity; a net release is its own case; empty is empty", () => {
    assert.deepEqual(poolRunway(100n * M, [day(900, 5n * M)], 1_000, 0), {
      kind: "noReservations",
      windowDays: 30,
    });
    assert.deepEqual(poolRunway(100n * M, [], 1_000, 0), { kind: "noReservations", windowDays: 30 });
    assert.deepEqual(poolRunway(100n * M, [day(999, 2n * DTA, 5n * DTA)], 1_000, 0), {
      kind: "netReleased",
      windowDays: 30,
      released: 3n * DTA,
    });
    assert.deepEqual(poolRunway(0n, [day(999, 2n * DTA)], 1_000, 0), { kind: "empty" });
  });

  it("gives each tracked pool its own rows, and counts the data pool's reservations too", () => {
    const runways = poolRunways(
      {
        staking: 100n * DTA,
        biveSwap: 1_000n * DTA,
        biveBonus: 10n * DTA,
        twinIncentives: 80n * M,
        aiProvider: 60n * M,
        dataRewards: 40n * M,
      },
      {
        genesisDay: 999,
        days: [
          day(999, 10n * DTA),
          day(1_000, 100n * DTA, 0n, "biveSwap"),
          day(1_000, 5n * DTA, 0n, "biveBonus"),
          day(1_000, 9n * DTA, 1n * DTA, "twinIncentives"),
          day(1_000, 3n * M, 0n, "aiProvider"),
          day(1_000, 2n * M, 0n, "dataRewards"),
        ],
      },
      1_000,
    );
    assert.ok(runways.staking.kind === "days" && runways.staking.daysLeft === 20n); // 100 at 10 per 2 days
    assert.ok(runways.biveSwap.kind === "days" && runways.biveSwap.daysLeft === 20n);
    assert.ok(runways.biveBonus.kind === "days" && runways.biveBonus.daysLeft === 4n);
    // 80M at 8 DTA net per 2 days.
    assert.ok(runways.twinIncentives.kind === "days" && runways.twinIncentives.daysLeft === 20_000_000n);
    assert.ok(runways.aiProvider.kind === "days" && runways.aiProvider.daysLeft === 40n); // 60M at 3M per 2 days
    assert.ok(runways.dataRewards.kind === "days" && runways.dataRewards.daysLeft === 40n); // 40M at 2M per 2 days
  });
});

describe("runway in words", () => {
  const now = BigInt(Date.UTC(2027, 0, 1) / 1000);
  it("names the end date and the yearly pace", () => {
    const words = describeRunway(
      { kind: "days", windowDays: 30, netReserved: 10n * M, daysLeft: 365n, perYear: 121n * M },
      now,
    );
    assert.equal(words.headline, "365 days");
    assert.equal(
      words.detail,
      "Runs out around 2028-01-01, at 121,000,000 DTA a year (the last 30 days' pace).",
    );
  });

  it("says plainly when there is nothing to project from", () => {
    assert.equal(
      describeRunway({ kind: "noReservations", windowDays: 30 }, now).headline,
      "No reservations in the last 30 days",
    );
    assert.equal(describeRunway({ kind: "noPayer" }, now).headline, "No reservations yet");
    assert.equal(
      describeRunway({ kind: "untracked", payer: "The twin registry" }, now).detail,
      "The twin registry pays from this pool; the indexer does not count its reservations yet.",
    );
    assert.equal(describeRunway({ kind: "empty" }, now).headline, "Empty");
    assert.match(
      describeRunway({ kind: "netReleased", windowDays: 2, released: 5n * DTA }, now).detail,
      /^5 DTA more/,
    );
    assert.equal(
      describeRunway({ kind: "noReservations", windowDays: 1 }, now).headline,
      "No reservations in the last day",
    );
    assert.equal(
      describeRunway({ kind: "days", windowDays: 1, netReserved: 1n, daysLeft: 40_000n, perYear: 365n }, now)
        .headline,
      "Over 100 years",
    );
  });
});
