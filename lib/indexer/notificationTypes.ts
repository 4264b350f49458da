/**
 * The notifications route's wire format (indexer/src/api/notifications.ts ⇄ lib/indexer/notifications.ts).
 * Times travel as decimal strings (chain seconds); the client parses them back to bigint.
 */

/**
 * What a notification is about:
 *   vote            an Active proposal the account can still vote on
 *   voteEnding      the same, with voting ending within 24 hours (replaces `vote`, so it is unread again)
 *   result          a proposal the account voted on or proposed was decided
 *   executed        a proposal was executed: the DAO changed something (everyone's, last 30 days)
 *   twinSuspended   one of the account's twins is suspended (quality below 50)
 *   jobWaiting      a simulation job on the account's twin waits to be completed or declined
 *   jobReclaimable  a job the account bought passed its deadline open: its payment can be taken back
 *   streamLow       a stream the account pays runs dry within 24 hours
 *   streamDry       a stream the account pays or receives has run dry
 */
export const NOTIFICATION_KINDS = [
  "vote",
  "voteEnding",
  "result",
  "executed",
  "twinSuspended",
  "jobWaiting",
  "jobReclaimable",
  "streamLow",
  "streamDry",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(v: unknown): v is NotificationKind {
  return typeof v === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(v);
}

export interface NotificationWire {
  /** Stable while the fact is the same (read state is keyed by it); a new fact gets a new id. */
  readonly id: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly detail: string;
  /** Where in the app to act on it. */
  readonly href: string;
  /** When it happened (chain seconds). */
  readonly at: string;
  /** When the chance to act ends (voting closes, a stream runs dry, a job's deadline), if it does. */
  readonly endsAt: string | null;
}

export interface NotificationsWire {
  readonly account: `0x${string}`;
  /** The chain time the notifications were decided at. */
  readonly now: string;
  /** Newest first. */
  readonly items: readonly NotificationWire[];
}
