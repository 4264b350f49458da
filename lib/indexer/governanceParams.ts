/**
 * Parameters of the governance lists, read the same way by the indexer's routes and the app's URL state:
 * `/governance/proposals?state=Active&page=2&pageSize=25`, `/governance/delegates?page=2`,
 * `/governance/proposals/:id/votes?page=3`. An unknown state falls back to every state.
 */
import { isProposalState, type ProposalState } from "../governance/state";
import { DEFAULT_PAGE_SIZE, parsePageParams, type ParamSource } from "./params";

export interface ProposalFilter {
  readonly page: number;
  readonly pageSize: number;
  /** Undefined: every state. */
  readonly state?: ProposalState;
}

export interface ListPage {
  readonly page: number;
  readonly pageSize: number;
}

export function parseProposalFilter(get: ParamSource): ProposalFilter {
  const { page, pageSize } = parsePageParams(get);
  const state = get("state");
  return { page, pageSize, state: isProposalState(state) ? state : undefined };
}

export function parseListPage(get: ParamSource): ListPage {
  const { page, pageSize } = parsePageParams(get);
  return { page, pageSize };
}

/** The query string of a list page, omitting defaults so URLs stay short and stable. */
export function listPageParams(filter: Partial<ListPage>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.page && filter.page !== 1) params.set("page", String(filter.page));
  if (filter.pageSize && filter.pageSize !== DEFAULT_PAGE_SIZE)
    params.set("pageSize", String(filter.pageSize));
  return params;
}

export function proposalSearchParams(filter: Partial<ProposalFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.state) params.set("state", filter.state);
  for (const [key, value] of listPageParams(filter)) params.set(key, value);
  return params;
}
