"use client";

import { IntentLink } from "@/components/ui/IntentLink";
import { useMemo, useRef } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { useIndexerStatus } from "@/hooks/indexer/useIndexerStatus";
import { useNotificationReads } from "@/hooks/notifications/useNotificationReads";
import { useNotifications } from "@/hooks/notifications/useNotifications";
import { useChainTime } from "@/hooks/useChainTime";
import { useScopeKey } from "@/hooks/useScopeKey";
import type { Notification } from "@/lib/indexer/notifications";
import { NOTIFICATION_LABELS, notificationWhen, type NotificationTone } from "@/lib/notifications/display";
import { unreadCount } from "@/lib/notifications/readState";
import { NotificationsSkeleton } from "./skeletons";

const NO_IDS: readonly string[] = [];
const TONES: Readonly<Record<NotificationTone, string>> = {
  governance: "bg-indigo-50 text-indigo-800",
  urgent: "bg-amber-100 text-amber-900",
  warning: "bg-rose-50 text-rose-800",
  done: "bg-emerald-50 text-emerald-800",
};

function Item({
  item,
  now,
  read,
  onRead,
}: {
  item: Notification;
  now: bigint;
  read: boolean;
  onRead: () => void;
}) {
  const label = NOTIFICATION_LABELS[item.kind];
  const link = useRef<HTMLAnchorElement>(null);
  return (
    <li
      className={`relative flex flex-col gap-2 py-3 pl-4 sm:flex-row sm:items-start sm:gap-3 ${read ? "" : "bg-sky-50/40"}`}
      data-testid="notification"
      data-id={item.id}
      data-kind={item.kind}
      data-read={read}
    >
      {!read && <span aria-hidden="true" className="absolute left-1 top-5 h-2 w-2 rounded-full bg-sky-600" />}
      <span
        className={`inline-flex w-fit shrink-0 items-center gap-1.5 rounded-full sm:w-24 sm:justify-center px-2 py-0.5 text-xs font-medium ${TONES[label.tone]}`}
        data-testid="notification-label"
      >
        <span aria-hidden="true">{label.icon}</span>
        {label.word}
      </span>
      <div className="min-w-0 flex-1">
        <p className={`break-words text-sm ${read ? "text-slate-700" : "font-semibold text-slate-900"}`}>
          {!read && <span className="sr-only">Unread: </span>}
          <IntentLink
            ref={link}
            href={item.href}
            className="underline-offset-2 hover:underline"
            onClick={onRead}
          >
            {item.title}
          </IntentLink>
        </p>
        <p className="text-sm text-slate-600">{item.detail}</p>
        <p className="text-xs text-slate-500" data-testid="notification-when">
          {notificationWhen(item, now)}
        </p>
      </div>
      {!read && (
        <button
          type="button"
          className="btn-secondary w-fit shrink-0 px-2 py-1 text-xs"
          onClick={() => {
            onRead();
            // The button goes away once read: keep keyboard focus on the item.
            link.current?.focus();
          }}
          aria-label={`Mark read: ${item.title}`}
        >
          Mark read
        </button>
      )}
    </li>
  );
}

/** The dashboard's card: what needs the connected account (from the indexer), with read state per account. */
export default function NotificationsCard() {
  const { account } = useScopeKey();
  const notifications = useNotifications();
  const health = useIndexerStatus();
  const { now: chainNow } = useChainTime();
  const items = notifications.data?.items;
  const ids = useMemo(() => items?.map((n) => n.id) ?? NO_IDS, [items]);
  const { read, markRead } = useNotificationReads(ids);

  if (!account)
    return <EmptyState title="Not connected">Connect a wallet to see your notifications.</EmptyState>;
  if (notifications.isError && !notifications.data) {
    return <IndexerNotice health={{ state: "unavailable" }} what="Your notifications" />;
  }
  if (!notifications.data || !items) return <NotificationsSkeleton />;
  const now = chainNow ?? notifications.data.now;
  const unread = unreadCount(items, read);

  return (
    <div className="space-y-3">
      <IndexerNotice health={health} what="Your notifications" />
      {items.length === 0 ? (
        <EmptyState title="Nothing needs you">
          Votes to cast, results, suspended twins, waiting jobs and streams running dry appear here.
        </EmptyState>
      ) : (
        <div className="card" data-testid="notifications">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-2">
            <p className="text-sm text-slate-700" role="status" data-testid="notifications-unread">
              <span className="font-semibold tabular-nums text-slate-900">{unread}</span> unread of{" "}
              {items.length}
            </p>
            <button
              type="button"
              className="btn-secondary px-3 py-1 text-sm"
              disabled={unread === 0}
              onClick={() => markRead(ids)}
            >
              Mark all read
            </button>
          </div>
          <ul className="divide-y divide-slate-100">
            {items.map((item) => (
              <Item
                key={item.id}
                item={item}
                now={now}
                read={read.has(item.id)}
                onRead={() => markRead([item.id])}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
