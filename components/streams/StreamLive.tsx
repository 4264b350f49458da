"use client";

import { useFlowClock } from "@/hooks/streams/useFlowClock";
import { formatDta } from "@/lib/format";
import { formatUnlockDate } from "@/lib/staking/wizard";
import {
  depletionTimeAt,
  formatCountdown,
  isLowBalance,
  refundableAt,
  statusAt,
  uncoveredDebtAt,
  withdrawableAt,
  type StreamState,
  type StreamStatus,
} from "@/lib/streams/flow";

const STATUS_STYLE: Record<StreamStatus, string> = {
  streaming: "bg-teal-100 text-teal-900",
  paused: "bg-amber-100 text-amber-950",
  depleted: "bg-red-100 text-red-900",
  stopped: "bg-slate-200 text-slate-700",
};
const STATUS_LABEL: Record<StreamStatus, string> = {
  streaming: "Streaming",
  paused: "Paused",
  depleted: "Ran dry",
  stopped: "Stopped",
};

/**
 * A stream's flowing figures, ticking every second from the snapshot the page was rendered with (the indexer
 * mirrors the contract's `streamOf`) and the chain's clock — no RPC call per tick. The maths is the contract's
 * (lib/streams/flow.ts), rounded down, so the page never shows a unit the contract would not pay.
 */
export function StreamLive({ stream, chainNow }: { stream: StreamState; chainNow: bigint }) {
  const now = useFlowClock(chainNow);
  const status = statusAt(stream, now);
  const withdrawable = withdrawableAt(stream, now);
  const left = refundableAt(stream, now);
  const debt = uncoveredDebtAt(stream, now);
  const dry = depletionTimeAt(stream, now);
  const low = status === "streaming" && isLowBalance(stream, now);
  return (
    <div className="space-y-2" data-testid="stream-live" data-status={status}>
      <span
        className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}
        data-testid="stream-status"
      >
        {STATUS_LABEL[status]}
      </span>
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Paid, to withdraw</dt>
        <dd
          className="text-right text-base font-semibold tabular-nums text-slate-900"
          data-testid="stream-withdrawable"
          data-value={withdrawable.toString()}
        >
          {formatDta(withdrawable)} DTA
        </dd>
        <dt className="text-slate-600">Still in the stream</dt>
        <dd className="text-right tabular-nums" data-testid="stream-left" data-value={left.toString()}>
          {formatDta(left)} DTA
        </dd>
        {status === "streaming" && dry !== null && dry > 0n && (
          <>
            <dt className="text-slate-600">Runs dry in</dt>
            <dd
              className="text-right tabular-nums"
              data-testid="stream-countdown"
              title={formatUnlockDate(dry)}
            >
              {formatCountdown(dry - now)}
            </dd>
          </>
        )}
        {status === "depleted" && (
          <>
            <dt className="text-slate-600">Debt (owed, not covered)</dt>
            <dd
              className="text-right font-semibold tabular-nums text-red-800"
              data-testid="stream-debt"
              data-value={debt.toString()}
            >
              {formatDta(debt)} DTA
            </dd>
          </>
        )}
      </dl>
      {low && dry !== null && (
        <p
          className="rounded-md bg-amber-50 p-2 text-sm text-amber-950"
          role="status"
          data-testid="stream-low"
        >
          Running low: this stream runs dry on {formatUnlockDate(dry)}. A top-up keeps it flowing.
        </p>
      )}
      {status === "depleted" && (
        <p className="text-sm text-red-900" data-testid="stream-dry-note">
          The deposit ran out: the flow goes on as debt until the payer tops it up (a top-up pays the debt
          first) or either side stops it (the debt is then forgiven).
        </p>
      )}
      {status === "paused" && (
        <p className="text-sm text-slate-600">Paused by the payer: nothing flows until it resumes.</p>
      )}
    </div>
  );
}
