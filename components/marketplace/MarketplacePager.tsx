"use client";

import { Pager } from "@/components/ui/Pager";
import { useUrlState } from "@/hooks/useUrlState";
import {
  DEFAULT_SERVICE_PAGE_SIZE,
  SERVICE_PAGE_SIZES,
  parseServiceFilter,
  type ServiceFilter,
} from "@/lib/indexer/marketplaceParams";
import type { ParamSource } from "@/lib/indexer/params";
import { formatInteger } from "@/lib/format";

interface PageState {
  readonly page: number;
  readonly limit: number;
}

const KEYS = ["page", "limit"] as const;
const parse = (get: ParamSource): PageState => {
  const { page, limit }: ServiceFilter = parseServiceFilter(get);
  return { page, limit };
};
const write = ({ page, limit }: PageState): URLSearchParams => {
  const params = new URLSearchParams();
  if (page !== 1) params.set("page", String(page));
  if (limit !== DEFAULT_SERVICE_PAGE_SIZE) params.set("limit", String(limit));
  return params;
};

/** The browser's pager: `page` and `limit` in the URL; the server renders that page. */
export function MarketplacePager({ hasNext, total }: { readonly hasNext: boolean; readonly total: number }) {
  const [state, setState] = useUrlState<PageState>(parse, write, KEYS);
  const pages = Math.max(1, Math.ceil(total / state.limit));
  return (
    <Pager
      caption="Services"
      page={state.page}
      pageSize={state.limit}
      hasNext={hasNext}
      sizes={SERVICE_PAGE_SIZES}
      sizeLabel="Services per page"
      summary={`of ${formatInteger(pages)} (${formatInteger(total)} ${total === 1 ? "service" : "services"})`}
      onChange={(next) => setState({ page: next.page, limit: next.pageSize ?? state.limit })}
    />
  );
}
