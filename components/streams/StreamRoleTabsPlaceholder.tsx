import type { StreamRole } from "@/lib/indexer/dataTypes";

export const STREAM_TABS: readonly { readonly role: StreamRole | "all"; readonly label: string }[] = [
  { role: "all", label: "All streams" },
  { role: "sent", label: "Streams I send" },
  { role: "received", label: "Streams I receive" },
];

/** The tabs before the wallet code has loaded: "mine" needs a connected account. */
export function StreamRoleTabsPlaceholder() {
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Which streams">
      {STREAM_TABS.map((tab) => (
        <button key={tab.role} type="button" className="btn-secondary" disabled>
          {tab.label}
        </button>
      ))}
    </div>
  );
}
