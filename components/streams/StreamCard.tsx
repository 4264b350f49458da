import type { PaymentStream } from "@/lib/indexer/data";
import { formatDta, shortAddress } from "@/lib/format";
import { formatUnlockDate } from "@/lib/staking/wizard";
import { flowStateOf, perDay } from "@/lib/streams/summary";
import { StreamActionsIsland } from "./islands";
import { StreamLive } from "./StreamLive";

function Party({ label, address }: { label: string; address: string }) {
  return (
    <span>
      {label}{" "}
      <span className="font-mono" title={address}>
        {shortAddress(address)}
      </span>
    </span>
  );
}

/**
 * One stream, rendered on the server from the indexer's row: who pays whom at what rate and what moved so far;
 * the flowing figures tick in the browser (StreamLive) and the party's actions load with the wallet.
 */
export function StreamCard({ stream, chainNow }: { stream: PaymentStream; chainNow: bigint }) {
  const id = stream.id.toString();
  return (
    <li
      className="card space-y-3"
      data-testid="stream-card"
      data-stream-id={id}
      aria-labelledby={`stream-${id}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`stream-${id}`} className="font-semibold text-slate-900">
          Stream #{id}
        </h3>
        <span className="text-sm tabular-nums text-slate-700" data-testid="stream-rate">
          {formatDta(perDay(stream.ratePerSecond))} DTA per day
        </span>
      </div>
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
        <Party label="From" address={stream.sender} />
        <Party label="to" address={stream.recipient} />
      </p>
      <StreamLive stream={flowStateOf(stream)} chainNow={chainNow} />
      <p className="text-xs text-slate-600">
        Opened {formatUnlockDate(stream.openedAt)} · deposited {formatDta(stream.deposited)} DTA · withdrawn{" "}
        {formatDta(stream.withdrawn)} DTA
        {stream.state === "stopped" && stream.stoppedAt !== null
          ? ` · stopped ${formatUnlockDate(stream.stoppedAt)}, ${formatDta(stream.refunded)} DTA refunded`
          : ""}
      </p>
      {stream.state !== "stopped" && (
        <StreamActionsIsland
          id={id}
          sender={stream.sender}
          recipient={stream.recipient}
          paused={stream.state === "paused"}
        />
      )}
    </li>
  );
}
