import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Address } from "viem";
import type { PaymentStream, StreamEvent } from "../indexer/data";
import { csvField, streamCsvFileName, streamCsvRows, streamHistoryCsvFor, STREAM_CSV_HEADER } from "./csv";

const ME = "0x1111111111111111111111111111111111111111" as Address;
const THEM = "0x2222222222222222222222222222222222222222" as Address;
const ELSEWHERE = "0x3333333333333333333333333333333333333333" as Address;
const TX = `0x${"ab".repeat(32)}` as const;

const stream = (id: bigint, sender: Address, recipient: Address): PaymentStream => ({
  id,
  sender,
  recipient,
  ratePerSecond: 10n ** 14n,
  state: "stopped",
  deposited: 0n,
  withdrawn: 0n,
  refunded: 0n,
  openedAt: 0n,
  stoppedAt: null,
  balance: 0n,
  snapshotTime: 0n,
  snapshotDebtScaled: 0n,
});

let n = 0;
const event = (over: Partial<StreamEvent> & Pick<StreamEvent, "kind" | "streamId">): StreamEvent => ({
  id: `e${n++}`,
  txHash: TX,
  blockNumber: 10n,
  timestamp: 1_796_883_887n,
  logIndex: 0,
  actor: ME,
  amount: null,
  extra: null,
  counterparty: null,
  ...over,
});

describe("streamCsvRows: the history seen from one account", () => {
  const streams = [stream(1n, ME, THEM), stream(2n, THEM, ME)];
  const events = [
    // Out of order on purpose: rows come back in chain order.
    event({
      streamId: 1n,
      kind: "stopped",
      actor: THEM,
      amount: 5_000n,
      extra: 95_000n,
      counterparty: THEM,
      blockNumber: 14n,
    }),
    event({
      streamId: 1n,
      kind: "opened",
      actor: ME,
      amount: 100_000n,
      counterparty: THEM,
      blockNumber: 10n,
    }),
    event({ streamId: 2n, kind: "opened", actor: THEM, amount: 7n, counterparty: ME, blockNumber: 11n }),
    event({ streamId: 1n, kind: "deposited", actor: ME, amount: 1n, blockNumber: 12n }),
    event({
      streamId: 2n,
      kind: "withdrawn",
      actor: ME,
      amount: 3n,
      counterparty: ME,
      blockNumber: 13n,
      logIndex: 2,
    }),
    event({
      streamId: 2n,
      kind: "withdrawn",
      actor: ME,
      amount: 2n,
      counterparty: ELSEWHERE,
      blockNumber: 13n,
      logIndex: 5,
    }),
    event({
      streamId: 2n,
      kind: "stopped",
      actor: ME,
      amount: 4n,
      extra: 0n,
      counterparty: ME,
      blockNumber: 15n,
    }),
  ];
  const rows = streamCsvRows(events, streams, ME);

  it("orders by block and log, and names my role per stream", () => {
    assert.deepEqual(
      rows.map((r) => [r.stream, r.event, r.myRole]),
      [
        [1n, "opened", "payer"],
        [2n, "opened", "recipient"],
        [1n, "deposited", "payer"],
        [2n, "withdrawn", "recipient"],
        [2n, "withdrawn", "recipient"],
        [1n, "stopped", "payer"],
        [2n, "stopped", "recipient"],
      ],
    );
  });

  it("counts what came in and went out: deposits out, withdrawals to me and stop payouts and refunds in", () => {
    assert.deepEqual(
      rows.map((r) => [r.in, r.out]),
      [
        [0n, 100_000n], // my deposit
        [0n, 0n], // their deposit moves nothing of mine
        [0n, 1n], // my top-up
        [3n, 0n], // withdrawn to me
        [0n, 0n], // withdrawn to another address of the recipient's choosing
        [95_000n, 0n], // the refund of my stream, stopped by the recipient
        [4n, 0n], // my payout at the stop
      ],
    );
    assert.equal(rows[5]!.refund, 95_000n);
    assert.equal(rows[0]!.refund, null);
  });

  it("writes exact decimal DTA and UTC times, one line per event", () => {
    const text = streamHistoryCsvFor(rows);
    const lines = text.trimEnd().split("\n");
    assert.equal(lines[0], STREAM_CSV_HEADER.join(","));
    assert.equal(lines.length, 1 + events.length);
    assert.equal(lines[1], `1,payer,2026-12-10T06:24:47.000Z,opened,10,,0,10,${ME},${THEM},10,${TX}`);
    assert.equal(lines[6], `1,payer,2026-12-10T06:24:47.000Z,stopped,0.5,9.5,9.5,0,${THEM},${THEM},14,${TX}`);
    assert.equal(lines[3], `1,payer,2026-12-10T06:24:47.000Z,deposited,0.0001,,0,0.0001,${ME},,12,${TX}`);
    assert.ok(text.endsWith("\n"));
  });

  it("writes the header alone when there is no history", () => {
    assert.equal(streamHistoryCsvFor([]), `${STREAM_CSV_HEADER.join(",")}\n`);
  });

  it("quotes a field with a comma, quote or line break", () => {
    assert.equal(csvField("plain"), "plain");
    assert.equal(csvField('a,"b"'), '"a,""b"""');
    assert.equal(csvField("x\ny"), '"x\ny"');
  });

  it("names the file after the account, lower-cased", () => {
    assert.equal(streamCsvFileName(ME.toUpperCase().replace("0X", "0x") as Address), `dta-streams-${ME}.csv`);
  });
});
