/** What a proposal's state means now, in words: the countdown a list shows, and quorum progress. */
import { formatDuration } from "../twins/syncStatus";
import type { ProposalState } from "./state";

export interface CountdownInput {
  readonly state: ProposalState;
  readonly snapshot: bigint;
  readonly deadline: bigint;
  readonly eta: bigint | null;
}

/** "Voting opens in 1 day 4 hours", "Voting ends in …", "Queue within …", "Executable now"; null when final. */
export function countdownText(p: CountdownInput, now: bigint, queueWindow: bigint): string | null {
  const until = (t: bigint) => formatDuration(t > now ? t - now : 0n);
  switch (p.state) {
    case "Review":
      return `Voting opens in ${until(p.snapshot + 1n)}`;
    case "Active":
      return `Voting ends in ${until(p.deadline + 1n)}`;
    case "Succeeded":
      return `Queue within ${until(p.deadline + queueWindow + 1n)}`;
    case "Queued":
      return p.eta === null || p.eta <= now ? "Executable now" : `Executable in ${until(p.eta)}`;
    default:
      return null;
  }
}

/** Participation as a whole percentage of the quorum (capped at 100); null while the quorum is unknown. */
export function quorumPercent(participation: bigint, quorum: bigint | null): number | null {
  if (quorum === null) return null;
  if (quorum === 0n) return 100;
  const pct = (participation * 100n) / quorum;
  return Number(pct > 100n ? 100n : pct);
}
