/**
 * The dev wallet's confirmation queue. The wallet's provider asks here before it lets the node sign; the
 * in-app dialog shows the oldest request and answers it. Framework-free so the provider stays plain code.
 */
import type { WalletRequestDescription } from "./describeRequest";

export interface PendingApproval {
  readonly id: number;
  readonly description: WalletRequestDescription;
}

type Listener = () => void;

const queue: { approval: PendingApproval; resolve: (approved: boolean) => void }[] = [];
const listeners = new Set<Listener>();
let nextId = 1;

const notify = () => {
  for (const listener of listeners) listener();
};

/** Resolves true when the user approves, false when they reject. */
export function requestApproval(description: WalletRequestDescription): Promise<boolean> {
  return new Promise((resolve) => {
    queue.push({ approval: { id: nextId++, description }, resolve });
    notify();
  });
}

/** The request the dialog should show, or null when nothing waits. Stable between changes. */
export function currentApproval(): PendingApproval | null {
  return queue[0]?.approval ?? null;
}

export function answerApproval(id: number, approved: boolean): void {
  const index = queue.findIndex((entry) => entry.approval.id === id);
  if (index < 0) return;
  const [entry] = queue.splice(index, 1);
  entry?.resolve(approved);
  notify();
}

export function subscribeApprovals(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
