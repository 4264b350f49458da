"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** Reads a server-rendered section again (the server re-renders the page; client state is kept). */
export function RefreshButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="btn-secondary"
      onClick={() => startTransition(() => router.refresh())}
      disabled={pending}
      aria-busy={pending}
    >
      {pending ? "Refreshing…" : "Refresh"}
    </button>
  );
}
