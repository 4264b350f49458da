/**
 * What needs an account's attention, decided from indexed facts at one chain time: the rules behind the
 * dashboard's notifications. The indexer's route (indexer/src/api/notifications.ts) reads the rows and calls
 * `composeNotifications`; proposal states come from lib/governance/state.ts and stream times from
 * lib/streams/flow.ts, so a notification never disagrees with the page it links to.
 */
import type { Address } from "viem";
import { proposalState, type ProposalLifecycle, type ProposalState } from "../governance/state";
import type { NotificationKind } from "../indexer/notificationTypes";
import {
  depletionTimeAt,
  isLowBalance,
  LOW_BALANCE_SECONDS,
  statusAt,
  type StreamState,
} from "../streams/flow";

/** Voting that closes within this many seconds makes a `voteEnding` notification. */
export const ENDING_SOON_SECONDS = 86_400n;
/** Results and executed changes older than this (chain seconds) are no longer news. */
export const RECENT_SECONDS = 30n * 86_400n;

export interface Notification {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly detail: string;
  readonly href: string;
  readonly at: bigint;
  readonly endsAt: bigint | null;
}

export interface ProposalFacts extends ProposalLifecycle {
  readonly id: bigint;
  readonly title: string;
  readonly proposer: Address;
  readonly canceledAt: bigint | null;
  readonly executedAt: bigint | null;
}

export interface TwinFacts {
  readonly id: bigint;
  readonly status: string;
  readonly quality: number;
  /** When its latest quality score was set (what suspended it), if known. */
  readonly scoredAt: bigint | null;
}

export interface JobFacts {
  readonly id: bigint;
  readonly twinId: bigint;
  readonly hours: number;
  readonly status: string;
  readonly deadline: bigint;
  readonly timestamp: bigint;
}

export interface StreamFacts extends StreamState {
  readonly id: bigint;
  readonly sender: Address;
  readonly recipient: Address;
}

export interface NotificationFacts {
  /** Lower-case. */
  readonly account: Address;
  readonly now: bigint;
  readonly queueWindow: bigint;
  readonly proposals: readonly ProposalFacts[];
  /** Proposals the account voted on. */
  readonly votedOn: ReadonlySet<bigint>;
  /** The account's voting power at each Active, unvoted proposal's snapshot (see `needsVotingPower`). */
  readonly powerAtSnapshot: ReadonlyMap<bigint, bigint>;
  /** The account's twins. */
  readonly twins: readonly TwinFacts[];
  /** Jobs on the account's twins. */
  readonly jobsToServe: readonly JobFacts[];
  /** Jobs the account bought. */
  readonly jobsBought: readonly JobFacts[];
  /** Streams the account sends or receives. */
  readonly streams: readonly StreamFacts[];
}

const quoted = (title: string) => `“${title}”`;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether the route must look up the account's voting power for this proposal: Active and not voted on. */
export function needsVotingPower(
  p: ProposalLifecycle & { readonly id: bigint },
  votedOn: ReadonlySet<bigint>,
  now: bigint,
  queueWindow: bigint,
): boolean {
  return proposalState(p, now, queueWindow) === "Active" && !votedOn.has(p.id);
}

/** Voting closes within `ENDING_SOON_SECONDS` of `now` (and has not closed yet). */
export function endsSoon(deadline: bigint, now: bigint): boolean {
  return deadline >= now && deadline + 1n - now <= ENDING_SOON_SECONDS;
}

type Outcome = { readonly key: string; readonly words: string; readonly at: bigint };

/** A decided proposal's outcome, and when it was decided; undefined while undecided or when canceled. */
export function proposalOutcome(
  p: ProposalFacts,
  state: ProposalState,
  queueWindow: bigint,
): Outcome | undefined {
  switch (state) {
    case "Succeeded":
    case "Queued":
      return { key: "passed", words: "passed", at: p.deadline + 1n };
    case "Defeated":
      return { key: "defeated", words: "was defeated", at: p.deadline + 1n };
    case "Vetoed":
      return { key: "vetoed", words: "was vetoed by its committee", at: p.canceledAt ?? p.snapshot };
    case "Expired":
      return { key: "expired", words: "expired without being queued", at: p.deadline + queueWindow + 1n };
    default:
      return undefined;
  }
}

function proposalNotifications(f: NotificationFacts): Notification[] {
  const out: Notification[] = [];
  const recent = (t: bigint) => f.now - t <= RECENT_SECONDS;
  for (const p of f.proposals) {
    const state = proposalState(p, f.now, f.queueWindow);
    const href = `/governance/${p.id}`;
    if (state === "Active" && !f.votedOn.has(p.id) && (f.powerAtSnapshot.get(p.id) ?? 0n) > 0n) {
      const soon = endsSoon(p.deadline, f.now);
      out.push({
        id: `${soon ? "vote-ending" : "vote"}:${p.id}`,
        kind: soon ? "voteEnding" : "vote",
        title: soon ? `Voting ends soon on ${quoted(p.title)}` : `Vote on ${quoted(p.title)}`,
        detail: "Voting is open and you have not voted yet.",
        href,
        at: p.snapshot + 1n,
        endsAt: p.deadline + 1n,
      });
    }
    const mine = f.votedOn.has(p.id) || same(p.proposer, f.account);
    const outcome = mine ? proposalOutcome(p, state, f.queueWindow) : undefined;
    if (outcome && recent(outcome.at) && outcome.at <= f.now) {
      out.push({
        id: `result:${p.id}:${outcome.key}`,
        kind: "result",
        title: `${quoted(p.title)} ${outcome.words}`,
        detail: f.votedOn.has(p.id) ? "You voted on it." : "You proposed it.",
        href,
        at: outcome.at,
        endsAt: null,
      });
    }
    if (state === "Executed" && p.executedAt !== null && recent(p.executedAt)) {
      out.push({
        id: `executed:${p.id}`,
        kind: "executed",
        title: `Executed: ${quoted(p.title)}`,
        detail: "The DAO's change has taken effect.",
        href,
        at: p.executedAt,
        endsAt: null,
      });
    }
  }
  return out;
}

function twinNotifications(f: NotificationFacts): Notification[] {
  const out: Notification[] = [];
  for (const t of f.twins) {
    if (t.status !== "suspended") continue;
    const at = t.scoredAt ?? 0n;
    out.push({
      id: `twin-suspended:${t.id}:${at}`,
      kind: "twinSuspended",
      title: `Twin #${t.id} is suspended`,
      detail: `Its quality score is ${t.quality}, below 50: it takes no new simulation jobs until it recovers.`,
      href: `/twins/${t.id}`,
      at,
      endsAt: null,
    });
  }
  for (const j of f.jobsToServe) {
    if (j.status !== "open" || j.deadline < f.now) continue;
    out.push({
      id: `job-waiting:${j.id}`,
      kind: "jobWaiting",
      title: `Simulation job #${j.id} waits for you`,
      detail: `${j.hours} hour${j.hours === 1 ? "" : "s"} on twin #${j.twinId}: complete or decline it before its deadline.`,
      href: `/twins/${j.twinId}`,
      at: j.timestamp,
      endsAt: j.deadline + 1n,
    });
  }
  for (const j of f.jobsBought) {
    if (j.status !== "open" || j.deadline >= f.now) continue;
    out.push({
      id: `job-reclaimable:${j.id}`,
      kind: "jobReclaimable",
      title: `Take back your payment for job #${j.id}`,
      detail: `Twin #${j.twinId}'s owner did not complete it by its deadline.`,
      href: `/twins/${j.twinId}`,
      at: j.deadline + 1n,
      endsAt: null,
    });
  }
  return out;
}

/** When a stream ran dry: the snapshot's own depletion time, or the snapshot if it was already dry then. */
export function ranDryAt(s: StreamState): bigint {
  return depletionTimeAt(s, s.snapshotTime) || s.snapshotTime;
}

function streamNotifications(f: NotificationFacts): Notification[] {
  const out: Notification[] = [];
  for (const s of f.streams) {
    const sent = same(s.sender, f.account);
    const href = `/streams?account=${f.account}#stream-${s.id}`;
    const status = statusAt(s, f.now);
    if (status === "depleted") {
      const at = ranDryAt(s);
      out.push({
        id: `stream-dry:${s.id}:${at}`,
        kind: "streamDry",
        title: sent ? `Stream #${s.id} you pay has run dry` : `Stream #${s.id} paying you has run dry`,
        detail: sent
          ? "Its deposit is used up and debt is building: top it up or stop it."
          : "Withdraw what it covered; the payer owes the rest until they top it up.",
        href,
        at,
        endsAt: null,
      });
      continue;
    }
    const dry = depletionTimeAt(s, f.now);
    if (sent && status === "streaming" && dry !== null && isLowBalance(s, f.now)) {
      out.push({
        id: `stream-low:${s.id}:${dry}`,
        kind: "streamLow",
        title: `Stream #${s.id} runs dry soon`,
        detail: "Less than a day of flow is left in its deposit: top it up to keep paying.",
        href,
        at: dry - LOW_BALANCE_SECONDS,
        endsAt: dry,
      });
    }
  }
  return out;
}

/** Everything that needs the account, newest first (ties: by id, so the order is stable). */
export function composeNotifications(f: NotificationFacts): Notification[] {
  return [...proposalNotifications(f), ...twinNotifications(f), ...streamNotifications(f)].sort((a, b) =>
    a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at > b.at ? -1 : 1,
  );
}
