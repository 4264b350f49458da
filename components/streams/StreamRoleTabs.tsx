"use client";

import { useScopeKey } from "@/hooks/useScopeKey";
import { useUrlState } from "@/hooks/useUrlState";
import { parseStreamFilter, streamSearchParams, type StreamFilter } from "@/lib/indexer/dataParams";
import { STREAM_TABS as TABS } from "./StreamRoleTabsPlaceholder";

export const STREAM_URL_KEYS = ["account", "role", "page", "pageSize"] as const;

/** Which streams the server lists: every stream, or the connected account's sent or received ones (URL state). */
export default function StreamRoleTabs() {
  const { account } = useScopeKey();
  const [filter, setFilter] = useUrlState<StreamFilter>(
    parseStreamFilter,
    streamSearchParams,
    STREAM_URL_KEYS,
  );
  const mine = account !== undefined && filter.account === account.toLowerCase();
  const current = !filter.account ? "all" : mine ? filter.role : undefined;
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label="Which streams">
      {TABS.map((tab) => (
        <button
          key={tab.role}
          type="button"
          className={current === tab.role ? "btn-primary" : "btn-secondary"}
          aria-pressed={current === tab.role}
          disabled={tab.role !== "all" && !account}
          data-testid={`streams-tab-${tab.role}`}
          onClick={() =>
            setFilter(
              tab.role === "all"
                ? { ...filter, account: undefined, role: "any", page: 1 }
                : { ...filter, account, role: tab.role, page: 1 },
            )
          }
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
