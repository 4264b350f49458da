/**
 * Which notifications an account has read, kept in the browser's localStorage under a key holding the chain
 * and the account, so two accounts (or two chains) never share read state. Only ids still listed are kept
 * when writing, so the stored set stays as small as the list.
 */

const PREFIX = "dta:notifications:read";
/** Ids kept at most (a long-lived list never grows the entry without bound). */
export const MAX_READ_IDS = 500;

/** The part of `Storage` used here (a fake in tests). */
export type ReadStore = Pick<Storage, "getItem" | "setItem">;

export function readStateKey(chainId: number, account: string): string {
  return `${PREFIX}:${chainId}:${account.toLowerCase()}`;
}

/** The ids in a stored entry; an empty set for none or for something unreadable. */
export function parseReadIds(raw: string | null): ReadonlySet<string> {
  if (raw === null) return new Set();
  try {
    const parsed: unknown = JSON.parse(raw);
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

/** The stored entry under `key`, or null when there is none or the browser refuses to read it. */
export function loadReadEntry(store: ReadStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/**
 * `read` plus `ids`, without ids no longer in `current` (when `current` is given), newest last and capped at
 * `MAX_READ_IDS`.
 */
export function withRead(
  read: ReadonlySet<string>,
  ids: readonly string[],
  current?: readonly string[],
): ReadonlySet<string> {
  const keep = current ? new Set(current) : undefined;
  const next = [...read, ...ids].filter((id) => !keep || keep.has(id));
  return new Set([...new Set(next)].slice(-MAX_READ_IDS));
}

/** Stores the set; false when the browser refuses (private mode, quota): nothing is then remembered. */
export function saveReadIds(store: ReadStore, key: string, ids: ReadonlySet<string>): boolean {
  try {
    store.setItem(key, JSON.stringify([...ids]));
    return true;
  } catch {
    return false;
  }
}

export function unreadCount(items: readonly { readonly id: string }[], read: ReadonlySet<string>): number {
  return items.reduce((n, item) => n + (read.has(item.id) ? 0 : 1), 0);
}
