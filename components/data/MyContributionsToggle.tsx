"use client";

import { useScopeKey } from "@/hooks/useScopeKey";
import { useUrlState } from "@/hooks/useUrlState";
import {
  contributionSearchParams,
  parseContributionFilter,
  type ContributionFilter,
} from "@/lib/indexer/dataParams";
import { CONTRIBUTION_URL_KEYS } from "./ContributionsFilters";

/** "My contributions": filters the list to the connected account's (the `contributor` URL parameter). */
export default function MyContributionsToggle() {
  const { account } = useScopeKey();
  const [filter, setFilter] = useUrlState<ContributionFilter>(
    parseContributionFilter,
    contributionSearchParams,
    CONTRIBUTION_URL_KEYS,
  );
  const mine = account !== undefined && filter.contributor === account.toLowerCase();
  return (
    <label className="flex items-center gap-2 pb-1">
      <input
        type="checkbox"
        checked={mine}
        disabled={!account}
        data-testid="my-contributions-toggle"
        onChange={(e) =>
          setFilter({ ...filter, contributor: e.target.checked ? account : undefined, page: 1 })
        }
      />
      My contributions{!account && " (connect a wallet)"}
    </label>
  );
}
