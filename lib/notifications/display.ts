/** How a notification reads on the dashboard: a kind word with a symbol, and its time in words. */
import type { NotificationKind } from "../indexer/notificationTypes";
import { formatDuration } from "../twins/syncStatus";

export type NotificationTone = "governance" | "urgent" | "warning" | "done";

export const NOTIFICATION_LABELS: Readonly<
  Record<NotificationKind, { readonly word: string; readonly icon: string; readonly tone: NotificationTone }>
> = {
  vote: { word: "Vote", icon: "✎", tone: "governance" },
  voteEnding: { word: "Ends soon", icon: "◷", tone: "urgent" },
  result: { word: "Result", icon: "⚖", tone: "governance" },
  executed: { word: "Executed", icon: "✓", tone: "done" },
  twinSuspended: { word: "Twin", icon: "⚠", tone: "warning" },
  jobWaiting: { word: "Job", icon: "⚙", tone: "urgent" },
  jobReclaimable: { word: "Job", icon: "↩", tone: "warning" },
  streamLow: { word: "Stream", icon: "◷", tone: "urgent" },
  streamDry: { word: "Stream", icon: "⚠", tone: "warning" },
};

const DEADLINE_WORDS: Partial<Record<NotificationKind, string>> = {
  vote: "Voting ends in",
  voteEnding: "Voting ends in",
  jobWaiting: "Deadline in",
  streamLow: "Runs dry in",
};

/** "Voting ends in 5 hours" while there is time left to act, else "3 days ago" (or "just now"). */
export function notificationWhen(
  n: { readonly kind: NotificationKind; readonly at: bigint; readonly endsAt: bigint | null },
  now: bigint,
): string {
  const words = DEADLINE_WORDS[n.kind];
  if (words && n.endsAt !== null && n.endsAt > now) return `${words} ${formatDuration(n.endsAt - now)}`;
  const ago = now > n.at ? now - n.at : 0n;
  return ago < 60n ? "Just now" : `${formatDuration(ago)} ago`;
}
