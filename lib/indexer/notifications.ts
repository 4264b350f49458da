/**
 * The app's fetcher for the notifications route: a validated answer with bigint times, and its query key
 * (chain and account).
 */
import type { Address } from "viem";
import type { Notification } from "../notifications/compose";
import { getJson, resolve, type ClientOptions } from "./http";
import { isNotificationsWire } from "./notificationGuards";
import type { NotificationWire } from "./notificationTypes";

export type { Notification } from "../notifications/compose";

export interface Notifications {
  readonly account: Address;
  /** The chain time they were decided at. */
  readonly now: bigint;
  /** Newest first. */
  readonly items: readonly Notification[];
}

export function toNotification(w: NotificationWire): Notification {
  return { ...w, at: BigInt(w.at), endsAt: w.endsAt === null ? null : BigInt(w.endsAt) };
}

/** What needs `account` at the chain's latest block time, or at `now` (chain seconds) when given. */
export async function fetchNotifications(
  account: Address,
  opts: ClientOptions & { readonly now?: bigint } = {},
): Promise<Notifications> {
  const { base, fetchImpl } = resolve(opts);
  const query = opts.now === undefined ? "" : `?now=${opts.now}`;
  const body = await getJson(
    `${base}/notifications/${account.toLowerCase()}${query}`,
    isNotificationsWire,
    fetchImpl,
    opts.signal,
  );
  return { account: body.account, now: BigInt(body.now), items: body.items.map(toNotification) };
}

export const notificationKeys = {
  forAccount: (chainId: number, account: Address | undefined) =>
    ["indexer", "notifications", { chainId, account: account?.toLowerCase() }] as const,
};
