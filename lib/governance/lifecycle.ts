/**
 * Pure helpers of the proposal page: the choices a voter has (OZ bravo order for For/Against/Abstain, or the
 * options named in the description), each option's slice of the flattened actions and the lifecycle timeline.
 */
import type { Address, Hex } from "viem";
import { formatDuration } from "../twins/syncStatus";

/** OZ IGovernor.ProposalState. */
export const ProposalState = {
  Pending: 0,
  Active: 1,
  Canceled: 2,
  Defeated: 3,
  Succeeded: 4,
  Queued: 5,
  Expired: 6,
  Executed: 7,
} as const;

/** The app's name of each state (a vetoed cancel reads "Vetoed"). */
export function stateLabel(state: number, vetoed: boolean): string {
  if (state === ProposalState.Canceled && vetoed) return "Vetoed";
  return (
    ["Review", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"][state] ??
    "Unknown"
  );
}

export interface Call {
  readonly target: Address;
  readonly value: bigint;
  readonly calldata: Hex;
}

/** The calls option `option` runs (For/Against/Abstain: all of them, run if For wins). */
export function optionCalls(
  flat: { targets: readonly Address[]; values: readonly bigint[]; calldatas: readonly Hex[] },
  optionCount: number,
  optionEnds: readonly number[],
  option: number,
): readonly Call[] {
  const start = optionCount === 0 || option === 0 ? 0 : (optionEnds[option - 1] ?? 0);
  const end = optionCount === 0 ? flat.targets.length : (optionEnds[option] ?? 0);
  const calls: Call[] = [];
  for (let i = start; i < end; i++) {
    calls.push({
      target: flat.targets[i]!,
      value: flat.values[i] ?? 0n,
      calldata: flat.calldatas[i] ?? "0x",
    });
  }
  return calls;
}

export interface TimelineEntry {
  readonly label: string;
  readonly at: bigint;
  readonly done: boolean;
}

export interface TimelineInput {
  readonly state: number;
  readonly createdAt: bigint;
  readonly snapshot: bigint;
  readonly deadline: bigint;
  readonly queueWindow: bigint;
  readonly eta: bigint;
  readonly queuedAt?: bigint;
  readonly executedAt?: bigint;
  readonly chainTime: bigint;
}

/** Created → review ends (voting opens) → voting closes → queued → executable at → executed, or the expiry. */
export function timeline(p: TimelineInput): readonly TimelineEntry[] {
  const now = p.chainTime;
  const entries: TimelineEntry[] = [
    { label: "Created", at: p.createdAt, done: true },
    { label: "Review ends, voting opens", at: p.snapshot, done: now > p.snapshot },
    { label: "Voting closes", at: p.deadline, done: now > p.deadline },
  ];
  const ended = p.state === ProposalState.Canceled || p.state === ProposalState.Defeated;
  if (ended) return entries;
  if (p.queuedAt !== undefined) {
    entries.push({ label: "Queued in the timelock", at: p.queuedAt, done: true });
    if (p.eta > 0n) entries.push({ label: "Executable by anyone from", at: p.eta, done: now >= p.eta });
  } else {
    entries.push({
      label: p.state === ProposalState.Expired ? "Expired (not queued in time)" : "Expires unless queued by",
      at: p.deadline + p.queueWindow,
      done: p.state === ProposalState.Expired,
    });
  }
  if (p.executedAt !== undefined) entries.push({ label: "Executed", at: p.executedAt, done: true });
  return entries;
}

/** How far `at` is from `now` in words, e.g. "in 2 days 3 hours" or "5 hours 10 minutes ago". */
export function relativeTime(at: bigint, now: bigint): string {
  return at > now ? `in ${formatDuration(at - now)}` : `${formatDuration(now - at)} ago`;
}
