"use client";

import { lazy } from "react";
import { Web3Island } from "@/components/web3/Web3Island";
import { useUrlState } from "@/hooks/useUrlState";
import {
  contributionSearchParams,
  parseContributionFilter,
  type ContributionFilter,
} from "@/lib/indexer/dataParams";
import { CONTRIBUTION_STATUSES, isContributionStatus } from "@/lib/indexer/dataTypes";

export const CONTRIBUTION_URL_KEYS = ["contributor", "status", "page", "pageSize"] as const;

const MyContributionsToggle = lazy(() => import("./MyContributionsToggle"));

const STATUS_LABELS = { pending: "Pending (not scored yet)", scored: "Scored" } as const;

/** The contribution list's filters: they change the URL and the server renders the matching page. */
export function ContributionsFilters() {
  const [filter, setFilter] = useUrlState<ContributionFilter>(
    parseContributionFilter,
    contributionSearchParams,
    CONTRIBUTION_URL_KEYS,
  );
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        Status
        <select
          aria-label="Status"
          className="input w-auto py-1"
          value={filter.status ?? ""}
          onChange={(e) =>
            setFilter({
              ...filter,
              status: isContributionStatus(e.target.value) ? e.target.value : undefined,
              page: 1,
            })
          }
        >
          <option value="">Any status</option>
          {CONTRIBUTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <Web3Island
        component={MyContributionsToggle}
        fallback={
          <label className="flex items-center gap-2 pb-1">
            <input type="checkbox" disabled />
            My contributions (connect a wallet)
          </label>
        }
      />
    </div>
  );
}
