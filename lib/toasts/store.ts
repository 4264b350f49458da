/**
 * A tiny external store for toasts, so the transactor (a hook) and the toaster (a component) share state
 * without React context — the toaster lives outside the lazily loaded wallet providers.
 */
import type { Hex } from "viem";

export type ToastKind = "info" | "pending" | "success" | "error" | "warning";

export interface Toast {
  readonly id: number;
  readonly kind: ToastKind;
  readonly title: string;
  readonly message?: string;
  readonly hash?: Hex;
  readonly href?: string;
}

export type ToastInput = Omit<Toast, "id">;

type Listener = () => void;
const listeners = new Set<Listener>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();
/**
 * The server's snapshot and the client's first one are the same array: React compares them with Object.is
 * after hydration, and two different empty arrays force a synchronous re-render of the toaster on every page.
 */
const NO_TOASTS: readonly Toast[] = [];
let toasts: readonly Toast[] = NO_TOASTS;
let nextId = 1;

const AUTO_DISMISS_MS: Record<ToastKind, number | undefined> = {
  info: undefined,
  pending: undefined,
  success: 8_000,
  warning: 8_000,
  error: 15_000,
};

function commit(next: readonly Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

function schedule(toast: Toast) {
  clearTimeout(timers.get(toast.id));
  timers.delete(toast.id);
  const delay = AUTO_DISMISS_MS[toast.kind];
  if (delay !== undefined)
    timers.set(
      toast.id,
      setTimeout(() => dismissToast(toast.id), delay),
    );
}

export function showToast(input: ToastInput): number {
  const toast: Toast = { ...input, id: nextId++ };
  commit([...toasts.slice(-4), toast]);
  schedule(toast);
  return toast.id;
}

/** Replaces a toast's content (e.g. pending → confirmed); shows it again if it was dismissed. */
export function updateToast(id: number, input: ToastInput): void {
  const toast: Toast = { ...input, id };
  commit(toasts.some((t) => t.id === id) ? toasts.map((t) => (t.id === id ? toast : t)) : [...toasts, toast]);
  schedule(toast);
}

export function dismissToast(id: number): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  commit(toasts.filter((t) => t.id !== id));
}

export function getToasts(): readonly Toast[] {
  return toasts;
}

export const getServerToasts = (): readonly Toast[] => NO_TOASTS;

export function subscribeToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
