"use client";

import { useScopeKey } from "@/hooks/useScopeKey";
import { useUrlState } from "@/hooks/useUrlState";
import { parseTwinFilter, twinSearchParams, type TwinFilter } from "@/lib/indexer/twinParams";
import { TWIN_URL_KEYS } from "./TwinsFilters";

/** "My twins": filters the list to the connected account's twins (the `owner` URL parameter). */
export default function MyTwinsToggle() {
  const { account } = useScopeKey();
  const [filter, setFilter] = useUrlState<TwinFilter>(parseTwinFilter, twinSearchParams, TWIN_URL_KEYS);
  const mine = account !== undefined && filter.owner === account.toLowerCase();
  return (
    <label className="flex items-center gap-2 pb-1">
      <input
        type="checkbox"
        checked={mine}
        disabled={!account}
        onChange={(e) => setFilter({ ...filter, owner: e.target.checked ? account : undefined, page: 1 })}
      />
      My twins{!account && " (connect a wallet)"}
    </label>
  );
}
