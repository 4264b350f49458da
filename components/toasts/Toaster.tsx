"use client";

import { useSyncExternalStore } from "react";
import { shortAddress } from "@/lib/format";
import { dismissToast, getServerToasts, getToasts, subscribeToasts, type Toast } from "@/lib/toasts/store";

const STYLES: Record<Toast["kind"], string> = {
  info: "border-slate-300 bg-white",
  pending: "border-sky-600 bg-sky-50",
  success: "border-emerald-700 bg-emerald-50",
  warning: "border-amber-600 bg-amber-50",
  error: "border-red-700 bg-red-50",
};

function ToastCard({ toast }: { toast: Toast }) {
  return (
    <li
      data-testid="toast"
      data-kind={toast.kind}
      className={`pointer-events-auto rounded-lg border-l-4 p-3 pr-9 text-sm shadow-lg ring-1 ring-black/5 relative ${STYLES[toast.kind]}`}
    >
      <p className="font-semibold text-slate-900">
        {toast.kind === "pending" && (
          <span
            aria-hidden="true"
            className="mr-2 inline-block h-3 w-3 animate-spin rounded-full border-2 border-sky-700 border-t-transparent align-[-1px]"
          />
        )}
        {toast.title}
      </p>
      {toast.message && <p className="mt-1 text-slate-700">{toast.message}</p>}
      {toast.hash && (
        <p className="mt-1 font-mono text-xs text-slate-700">
          Tx{" "}
          {toast.href ? (
            <a className="underline" href={toast.href} target="_blank" rel="noreferrer">
              {shortAddress(toast.hash)}
            </a>
          ) : (
            <span title={toast.hash} data-testid="toast-tx-hash">
              {shortAddress(toast.hash)}
            </span>
          )}
        </p>
      )}
      <button
        type="button"
        onClick={() => dismissToast(toast.id)}
        className="absolute right-2 top-2 rounded p-1 text-slate-600 hover:bg-black/5"
        aria-label="Dismiss notification"
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

/** Transaction and app notifications. Polite live region; failures are announced as alerts. */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToasts, getToasts, getServerToasts);
  const errors = toasts.filter((t) => t.kind === "error");
  const others = toasts.filter((t) => t.kind !== "error");
  return (
    <section
      aria-label="Notifications"
      className="pointer-events-none fixed inset-x-3 bottom-3 z-50 flex flex-col gap-2 sm:left-auto sm:right-4 sm:w-96"
    >
      <div role="status" aria-live="polite">
        <ul className="flex flex-col gap-2">
          {others.map((t) => (
            <ToastCard key={t.id} toast={t} />
          ))}
        </ul>
      </div>
      <div role="alert" aria-live="assertive">
        <ul className="flex flex-col gap-2">
          {errors.map((t) => (
            <ToastCard key={t.id} toast={t} />
          ))}
        </ul>
      </div>
    </section>
  );
}
