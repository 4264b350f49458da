/**
 * Pure helpers of the proposal page: the choices a voter has (OZ bravo order for For/Against/Abstain, or the
 * options named in the description), each option's slice of the flattened actions, the lifecycle timeline, and
 * the quadratic weight √(votes) rounded down exactly as OpenZeppelin's `Math.sqrt`.
 */
import type { Address, Hex } from "viem";

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

/** The choices by their `support` value: Against, For, Abstain — or the named options. */
export function choiceLabels(optionCount: number, named: readonly string[]): readonly string[] {
  if (optionCount === 0) return ["Against", "For", "Abstain"];
  return Array.from({ length: optionCount }, (_, i) => named[i] ?? `Option ${i + 1}`);
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

/** ⌊√n⌋ for n ≥ 0 (Newton's method on bigints; OZ `Math.sqrt` rounds down the same way). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("negative");
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
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

/** Unix seconds → "12 Mar 2026, 14:05 UTC" (UTC, so server and client agree). */
export function formatChainTime(seconds: bigint): string {
  const d = new Date(Number(seconds) * 1000);
  const date = d.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${date}, ${time} UTC`;
}

/** How far `at` is from `now`, e.g. "in 2 d 3 h" or "5 h 10 min ago". */
export function relativeTime(at: bigint, now: bigint): string {
  const diff = at > now ? at - now : now - at;
  const d = diff / 86_400n;
  const h = (diff % 86_400n) / 3_600n;
  const m = (diff % 3_600n) / 60n;
  const text = d > 0n ? `${d} d ${h} h` : h > 0n ? `${h} h ${m} min` : `${m} min`;
  return at > now ? `in ${text}` : `${text} ago`;
}
