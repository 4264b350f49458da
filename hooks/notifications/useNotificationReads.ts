"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import {
  loadReadEntry,
  parseReadIds,
  readStateKey,
  saveReadIds,
  withRead,
} from "@/lib/notifications/readState";
import { useScopeKey } from "../useScopeKey";

/** Fired in this tab after a write (the `storage` event only reaches other tabs). */
const CHANGED = "dta:notifications-read";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * The connected account's read notifications on this chain, from localStorage, and a way to mark some read.
 * `current` (the listed ids) bounds what is stored: ids no longer listed are dropped on the next write.
 */
export function useNotificationReads(current: readonly string[]) {
  const { chainId, account } = useScopeKey();
  const key = account ? readStateKey(chainId, account) : undefined;
  const raw = useSyncExternalStore(
    subscribe,
    () => (key ? loadReadEntry(window.localStorage, key) : null),
    () => null,
  );
  const read = useMemo(() => parseReadIds(raw), [raw]);
  const markRead = useCallback(
    (ids: readonly string[]) => {
      if (!key) return;
      saveReadIds(window.localStorage, key, withRead(read, ids, current));
      window.dispatchEvent(new Event(CHANGED));
    },
    [key, read, current],
  );
  return { read, markRead };
}
