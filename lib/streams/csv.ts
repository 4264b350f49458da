/**
 * "My stream and payment history" as CSV, seen from one account: every event of the streams it sends or
 * receives (the indexer's history), with what came in to it and went out of it. Amounts are exact decimal DTA
 * (formatUnits on bigint, never a float) beside the raw base units, times in UTC.
 */
import { formatUnits, type Address } from "viem";
import type { PaymentStream, StreamEvent } from "../indexer/data";
import { DTA_DECIMALS } from "../tokenomics/allocation";

export const STREAM_CSV_HEADER = [
  "stream",
  "my_role",
  "time_utc",
  "event",
  "amount_dta",
  "refund_dta",
  "in_dta",
  "out_dta",
  "actor",
  "counterparty",
  "block",
  "tx",
] as const;

export interface StreamCsvRow {
  readonly stream: bigint;
  readonly myRole: "payer" | "recipient" | "";
  readonly time: bigint;
  readonly event: StreamEvent["kind"];
  readonly amount: bigint | null;
  readonly refund: bigint | null;
  /** What reached `account` by this event (a withdrawal to it, its payout or refund at a stop). */
  readonly in: bigint;
  /** What left `account` by this event (its deposit or top-up). */
  readonly out: bigint;
  readonly actor: Address;
  readonly counterparty: Address | null;
  readonly block: bigint;
  readonly tx: `0x${string}`;
}

const same = (a: string | null | undefined, b: string) => !!a && a.toLowerCase() === b.toLowerCase();

/** One row per event, in time order, with the money in and out as `account` sees it. */
export function streamCsvRows(
  events: readonly StreamEvent[],
  streams: readonly PaymentStream[],
  account: Address,
): StreamCsvRow[] {
  const byId = new Map(streams.map((s) => [s.id, s]));
  const ordered = [...events].sort((a, b) =>
    a.blockNumber !== b.blockNumber
      ? a.blockNumber < b.blockNumber
        ? -1
        : 1
      : a.logIndex - b.logIndex || (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0),
  );
  return ordered.map((e) => {
    const stream = byId.get(e.streamId);
    const isPayer = same(stream?.sender, account);
    const amount = e.amount ?? 0n;
    let incoming = 0n;
    let outgoing = 0n;
    if ((e.kind === "opened" || e.kind === "deposited") && same(e.actor, account)) outgoing = amount;
    if (e.kind === "withdrawn" && same(e.counterparty, account)) incoming = amount;
    if (e.kind === "stopped") {
      if (same(e.counterparty, account)) incoming += amount;
      if (isPayer) incoming += e.extra ?? 0n;
    }
    return {
      stream: e.streamId,
      myRole: isPayer ? "payer" : same(stream?.recipient, account) ? "recipient" : "",
      time: e.timestamp,
      event: e.kind,
      amount: e.amount,
      refund: e.kind === "stopped" ? e.extra : null,
      in: incoming,
      out: outgoing,
      actor: e.actor,
      counterparty: e.counterparty,
      block: e.blockNumber,
      tx: e.txHash,
    };
  });
}

const dta = (v: bigint | null) => (v === null ? "" : formatUnits(v, DTA_DECIMALS));

/** A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text (header, then one line per row, CRLF-free, ending in a newline). */
export function streamHistoryCsvFor(rows: readonly StreamCsvRow[]): string {
  const lines = rows.map((r) =>
    [
      r.stream.toString(),
      r.myRole,
      new Date(Number(r.time) * 1000).toISOString(),
      r.event,
      dta(r.amount),
      dta(r.refund),
      dta(r.in),
      dta(r.out),
      r.actor,
      r.counterparty ?? "",
      r.block.toString(),
      r.tx,
    ]
      .map(csvField)
      .join(","),
  );
  return [STREAM_CSV_HEADER.join(","), ...lines].join("\n") + "\n";
}

/** The file name of an account's export, e.g. "dta-streams-0x1234…abcd.csv". */
export function streamCsvFileName(account: Address): string {
  return `dta-streams-${account.toLowerCase()}.csv`;
}
