"use client";

import { useUrlState } from "@/hooks/useUrlState";
import { DEFAULT_PAGE_SIZE, parsePageParams, type ParamSource } from "@/lib/indexer/params";
import { Pager } from "./Pager";

interface PageState {
  readonly page: number;
  readonly pageSize: number;
}

const KEYS = ["page", "pageSize"] as const;
const parse = (get: ParamSource): PageState => {
  const { page, pageSize } = parsePageParams(get);
  return { page, pageSize };
};
const write = ({ page, pageSize }: PageState): URLSearchParams => {
  const params = new URLSearchParams();
  if (page !== 1) params.set("page", String(page));
  if (pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(pageSize));
  return params;
};

/** The pager of a server-rendered list: it changes `page`/`pageSize` in the URL and the server renders that page. */
export function UrlPager({ caption, hasNext }: { readonly caption: string; readonly hasNext: boolean }) {
  const [state, setState] = useUrlState<PageState>(parse, write, KEYS);
  return (
    <Pager
      caption={caption}
      page={state.page}
      pageSize={state.pageSize}
      hasNext={hasNext}
      onChange={(next) => setState({ ...state, ...next })}
    />
  );
}
