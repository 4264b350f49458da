/**
 * When the wallet code (wagmi, RainbowKit and the islands that need them) loads: only when the visitor asks
 * for it — Connect, or focusing/clicking a part of the page that needs a wallet — or on idle after the first
 * paint when a wallet was connected on an earlier visit (remembered in localStorage), or on idle for a page
 * with a live island that still reads through wagmi. Reading a page never needs it: its figures and lists are
 * in the server's HTML. A tiny external store, like the toast store: Web3Boundary subscribes, anything requests.
 */
import { whenIdle } from "@/lib/idle";

/** localStorage: "1" while a wallet is connected, so the next visit reconnects without being asked. */
export const CONNECTED_KEY = "dta.wallet.connected";

type Listener = () => void;
const listeners = new Set<Listener>();
let requested = false;
let connectAsked = false;
let idleScheduled = false;
/** Why the wallet code should load on idle; asked when the browser is idle, not before. */
let idleReasons: (() => boolean)[] = [];
/** Writes whose server-rendered figures are now stale: server pages refresh when this changes. */
let confirmedWrites = 0;

const notify = () => {
  for (const listener of listeners) listener();
};

export function subscribeWalletDemand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isWalletRequested = (): boolean => requested;
export const isWalletRequestedOnServer = (): boolean => false;

/** Loads the wallet code; `connect` also opens the connect dialog as soon as it is there. */
export function requestWallet(options: { readonly connect?: boolean } = {}): void {
  if (options.connect) connectAsked = true;
  if (requested) {
    if (options.connect) notify();
    return;
  }
  requested = true;
  notify();
}

/** True once after a Connect click that came before the wallet code: the connect dialog should open. */
export function takeConnectRequest(): boolean {
  const asked = connectAsked;
  connectAsked = false;
  return asked;
}
export const hasConnectRequest = (): boolean => connectAsked;

/**
 * Requests the wallet code when the browser is idle after the page has loaded, if `when` says so then (a
 * localStorage read, say, is a cost the hydration task should not carry). Calls before the idle moment share it.
 */
export function requestWalletWhenIdle(when: () => boolean = () => true): void {
  if (requested || typeof window === "undefined") return;
  idleReasons.push(when);
  if (idleScheduled) return;
  idleScheduled = true;
  const run = () => {
    const reasons = idleReasons;
    idleReasons = [];
    idleScheduled = false;
    if (reasons.some((reason) => reason())) requestWallet();
  };
  const request = () => void whenIdle(run, 4_000);
  if (document.readyState === "complete") request();
  else window.addEventListener("load", request, { once: true });
}

export function wasConnected(): boolean {
  try {
    return window.localStorage.getItem(CONNECTED_KEY) === "1";
  } catch {
    return false;
  }
}

export function rememberConnected(connected: boolean): void {
  try {
    if (connected) window.localStorage.setItem(CONNECTED_KEY, "1");
    else window.localStorage.removeItem(CONNECTED_KEY);
  } catch {
    // storage unavailable (private mode): the next visit simply waits to be asked
  }
}

/** The transactor reports a confirmed write; server-rendered figures on the page then refresh. */
export function reportConfirmedWrite(): void {
  confirmedWrites += 1;
  notify();
}
export const confirmedWriteCount = (): number => confirmedWrites;
