/** Type guards for the notifications route's answer: the app never trusts a shape it did not check. */
import { isAddressHex, isRecord, isUintString } from "./primitives";
import { isNotificationKind, type NotificationsWire, type NotificationWire } from "./notificationTypes";

export function isNotificationWire(v: unknown): v is NotificationWire {
  return (
    isRecord(v) &&
    typeof v.id === "string" &&
    v.id.length > 0 &&
    isNotificationKind(v.kind) &&
    typeof v.title === "string" &&
    typeof v.detail === "string" &&
    typeof v.href === "string" &&
    v.href.startsWith("/") &&
    isUintString(v.at) &&
    (v.endsAt === null || isUintString(v.endsAt))
  );
}

export function isNotificationsWire(v: unknown): v is NotificationsWire {
  return (
    isRecord(v) &&
    isAddressHex(v.account) &&
    isUintString(v.now) &&
    Array.isArray(v.items) &&
    v.items.every(isNotificationWire)
  );
}
