import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Address } from "viem";
import type { PaymentStream } from "../indexer/data";
import { SCALE } from "./flow";
import { flowStateOf, perDay, summariseStreams } from "./summary";

const ME = "0x1111111111111111111111111111111111111111" as Address;
const THEM = "0x2222222222222222222222222222222222222222" as Address;
const DTA = 10_000n;
const PER_SECOND = DTA * SCALE; // 1 DTA per second

const stream = (id: bigint, over: Partial<PaymentStream> = {}): PaymentStream => ({
  id,
  sender: ME,
  recipient: THEM,
  ratePerSecond: PER_SECOND,
  state: "streaming",
  deposited: 100n * DTA,
  withdrawn: 0n,
  refunded: 0n,
  openedAt: 1_000n,
  stoppedAt: null,
  balance: 100n * DTA,
  snapshotTime: 1_000n,
  snapshotDebtScaled: 0n,
  ...over,
});

describe("flowStateOf and perDay", () => {
  it("read the indexer's state words as the contract's flags", () => {
    assert.equal(flowStateOf(stream(1n, { state: "paused" })).paused, true);
    assert.equal(flowStateOf(stream(1n, { state: "stopped" })).stopped, true);
    assert.deepEqual([flowStateOf(stream(1n)).paused, flowStateOf(stream(1n)).stopped], [false, false]);
  });
  it("turn the per-second rate into base units per day, rounded down", () => {
    assert.equal(perDay(PER_SECOND), 86_400n * DTA);
    assert.equal(perDay(1n), 0n);
    assert.equal(perDay(SCALE / 86_400n + 1n), 1n);
  });
});

describe("summariseStreams", () => {
  const now = 1_010n;
  const streams = [
    stream(1n), // out, runs dry at 1_100
    stream(2n, { balance: 50n * DTA }), // out, runs dry at 1_050: the next
    stream(3n, { sender: THEM, recipient: ME, ratePerSecond: PER_SECOND * 2n, balance: 1_000n * DTA }), // in
    stream(4n, { state: "paused", snapshotDebtScaled: 5n * DTA * SCALE }), // out, paused: not flowing
    stream(5n, { balance: 5n * DTA }), // out, ran dry at 1_005
    stream(6n, { state: "stopped", balance: 0n }), // stopped: left out
  ];
  const summary = summariseStreams(streams, ME, now);

  it("counts open streams per side and the flowing ones' pay per day", () => {
    assert.deepEqual(summary.outgoing, { open: 4, flowing: 2, perDay: 2n * 86_400n * DTA });
    assert.deepEqual(summary.incoming, { open: 1, flowing: 1, perDay: 2n * 86_400n * DTA });
  });
  it("names the flowing stream that runs dry first", () => {
    assert.deepEqual(summary.nextDry, { id: 2n, at: 1_050n, sent: true });
  });
  it("has nothing to run dry when nothing flows", () => {
    assert.equal(summariseStreams([stream(4n, { state: "paused" })], ME, now).nextDry, undefined);
    assert.deepEqual(summariseStreams([], ME, now).incoming, { open: 0, flowing: 0, perDay: 0n });
  });
});
