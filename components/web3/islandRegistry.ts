/**
 * Web3 islands: parts of a server-rendered page that need wagmi. The page renders each island's fallback at
 * once; the wallet providers load later (lazily) and portal the real component into the island's slot, so the
 * page itself is never re-mounted and wagmi/RainbowKit stay out of the initial scripts.
 */
import type { ReactNode } from "react";

export interface IslandEntry {
  readonly id: string;
  readonly node: HTMLElement;
  readonly element: ReactNode;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let islands: readonly IslandEntry[] = [];
let hostReady = false;

const notify = () => {
  for (const listener of listeners) listener();
};

export function registerIsland(entry: IslandEntry): () => void {
  islands = [...islands.filter((i) => i.id !== entry.id), entry];
  notify();
  return () => {
    islands = islands.filter((i) => i !== entry);
    notify();
  };
}

export const getIslands = (): readonly IslandEntry[] => islands;
const NO_ISLANDS: readonly IslandEntry[] = [];
export const getServerIslands = (): readonly IslandEntry[] => NO_ISLANDS;

export const isHostReady = (): boolean => hostReady;
export const isHostReadyOnServer = (): boolean => false;

export function setHostReady(ready: boolean): void {
  if (hostReady === ready) return;
  hostReady = ready;
  notify();
}

export function subscribeIslands(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
