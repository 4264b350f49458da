/**
 * A stream as the indexer serves it, read with the contract's maths at a moment (lib/streams/flow.ts), and an
 * account's streams summed up for the dashboard: how many flow in and out, how much per day, which runs dry next.
 */
import type { Address } from "viem";
import type { PaymentStream } from "../indexer/data";
import { depletionTimeAt, SCALE, statusAt, type StreamState } from "./flow";

/** The indexer's row as `streamOf` (its snapshot is mirrored event by event). */
export function flowStateOf(
  s: Pick<PaymentStream, "state" | "ratePerSecond" | "balance" | "snapshotTime" | "snapshotDebtScaled">,
): StreamState {
  return {
    snapshotTime: s.snapshotTime,
    paused: s.state === "paused",
    stopped: s.state === "stopped",
    ratePerSecond: s.ratePerSecond,
    balance: s.balance,
    snapshotDebtScaled: s.snapshotDebtScaled,
  };
}

/** DTA base units per day at an 18-decimal per-second rate, rounded down. */
export function perDay(ratePerSecond: bigint): bigint {
  return (ratePerSecond * 86_400n) / SCALE;
}

export interface StreamSide {
  /** Streams not stopped. */
  readonly open: number;
  /** Of them, flowing now (not paused, not run dry). */
  readonly flowing: number;
  /** What the flowing ones pay per day, in base units. */
  readonly perDay: bigint;
}

export interface StreamsSummary {
  readonly incoming: StreamSide;
  readonly outgoing: StreamSide;
  /** The flowing stream that runs dry first (either side), and when. */
  readonly nextDry: { readonly id: bigint; readonly at: bigint; readonly sent: boolean } | undefined;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function summariseStreams(
  streams: readonly PaymentStream[],
  account: Address,
  now: bigint,
): StreamsSummary {
  const side = (sent: boolean): StreamSide => {
    const mine = streams.filter((s) => s.state !== "stopped" && same(sent ? s.sender : s.recipient, account));
    const flowing = mine.filter((s) => statusAt(flowStateOf(s), now) === "streaming");
    return {
      open: mine.length,
      flowing: flowing.length,
      perDay: flowing.reduce((sum, s) => sum + perDay(s.ratePerSecond), 0n),
    };
  };
  let nextDry: StreamsSummary["nextDry"];
  for (const s of streams) {
    const state = flowStateOf(s);
    if (statusAt(state, now) !== "streaming") continue;
    const at = depletionTimeAt(state, now);
    if (at === null || at === 0n) continue;
    if (!nextDry || at < nextDry.at) nextDry = { id: s.id, at, sent: same(s.sender, account) };
  }
  return { incoming: side(false), outgoing: side(true), nextDry };
}
