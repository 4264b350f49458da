/**
 * The app's fetchers for the governance routes: validated answers, bigint amounts and times, and query keys
 * holding the chain, the account and every parameter.
 */
import type { Address } from "viem";
import type { ProposalState } from "../governance/state";
import type { TreasuryBucketId } from "../governance/treasury";
import { getJson, IndexerError, origin, resolve, type ClientOptions, type OnchainOrigin } from "./http";
import {
  isDelegatePageWire,
  isProposalDetailWire,
  isProposalPageWire,
  isTreasuryWire,
  isVoteWire,
} from "./governanceGuards";
import { listPageParams, proposalSearchParams, type ListPage, type ProposalFilter } from "./governanceParams";
import { paginatedGuard } from "./guards";
import type {
  CommitteeName,
  DelegateWire,
  DepositStateName,
  ProposalActionWire,
  ProposalKind,
  ProposalWire,
  VoteWire,
} from "./governanceTypes";
import type { PaginatedResult } from "./types";

export interface ProposalOption {
  readonly index: number;
  readonly label: string;
  readonly raw: bigint;
  readonly sqrtWeight: bigint;
  readonly voters: number;
}

export interface Proposal {
  readonly id: bigint;
  readonly proposer: Address;
  readonly committee: CommitteeName;
  readonly kind: ProposalKind;
  readonly title: string;
  readonly description: string;
  readonly state: ProposalState;
  readonly options: readonly ProposalOption[];
  readonly actions: readonly ProposalActionWire[];
  readonly upgradeMask: number;
  readonly upgradeApproved: boolean;
  readonly snapshot: bigint;
  readonly deadline: bigint;
  readonly deposit: bigint;
  readonly depositState: DepositStateName;
  readonly quorum: bigint | null;
  readonly participation: bigint;
  readonly voters: number;
  readonly vetoedBy: Address | null;
  readonly eta: bigint | null;
  readonly createdAt: bigint;
  readonly createdBlock: bigint;
  readonly createdTx: `0x${string}`;
  readonly canceledAt: bigint | null;
  readonly queuedAt: bigint | null;
  readonly executedAt: bigint | null;
  readonly executedTx: `0x${string}` | null;
  readonly depositSettledAt: bigint | null;
}

export interface GovernanceClock {
  /** The chain time the states were derived at (the latest block's). */
  readonly now: bigint;
  readonly queueWindow: bigint;
}

export interface ProposalPage extends PaginatedResult<Proposal>, GovernanceClock {
  readonly counts: Readonly<Record<ProposalState, number>>;
  readonly total: number;
}

export interface Vote extends OnchainOrigin {
  readonly proposalId: bigint;
  readonly voter: Address;
  readonly option: number;
  readonly raw: bigint;
  readonly sqrtWeight: bigint;
  readonly reason: string;
}

export interface Delegate {
  readonly address: Address;
  readonly power: bigint;
  readonly delegators: number;
  readonly finished: number;
  readonly voted: number;
  readonly firstPowerAt: bigint | null;
}

export interface DelegatePage extends PaginatedResult<Delegate> {
  readonly total: number;
  readonly totalPower: bigint;
  readonly firstRank: number;
}

export interface TreasuryMovement extends OnchainOrigin {
  readonly proposalId: bigint;
  readonly title: string;
  readonly bucket: TreasuryBucketId;
  readonly counterparty: Address;
  readonly amount: bigint;
  readonly burned: boolean;
}

export interface TreasuryFlows {
  readonly byBucket: readonly { bucket: TreasuryBucketId; spent: bigint; burned: bigint }[];
  readonly genesis: bigint;
  readonly otherIn: bigint;
  readonly otherOut: bigint;
  readonly movements: readonly TreasuryMovement[];
}

const big = (v: string | null): bigint | null => (v === null ? null : BigInt(v));

export function toProposal(w: ProposalWire): Proposal {
  return {
    ...w,
    id: BigInt(w.id),
    options: w.options.map((o) => ({ ...o, raw: BigInt(o.raw), sqrtWeight: BigInt(o.sqrtWeight) })),
    snapshot: BigInt(w.snapshot),
    deadline: BigInt(w.deadline),
    deposit: BigInt(w.deposit),
    quorum: big(w.quorum),
    participation: BigInt(w.participation),
    eta: big(w.eta),
    createdAt: BigInt(w.createdAt),
    createdBlock: BigInt(w.createdBlock),
    canceledAt: big(w.canceledAt),
    queuedAt: big(w.queuedAt),
    executedAt: big(w.executedAt),
    depositSettledAt: big(w.depositSettledAt),
  };
}

export function toVote(w: VoteWire): Vote {
  return {
    ...origin(w),
    proposalId: BigInt(w.proposalId),
    voter: w.voter,
    option: w.option,
    raw: BigInt(w.raw),
    sqrtWeight: BigInt(w.sqrtWeight),
    reason: w.reason,
  };
}

export function toDelegate(w: DelegateWire): Delegate {
  return { ...w, power: BigInt(w.power), firstPowerAt: big(w.firstPowerAt) };
}

/** Participation as a whole percentage (voted of finished since it had power); null when none finished yet. */
export function participationPercent(d: Pick<Delegate, "voted" | "finished">): number | null {
  return d.finished === 0 ? null : Math.floor((d.voted * 100) / d.finished);
}

export async function fetchProposals(
  filter: Partial<ProposalFilter>,
  opts: ClientOptions = {},
): Promise<ProposalPage> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/governance/proposals?${proposalSearchParams(filter)}`,
    isProposalPageWire,
    fetchImpl,
    opts.signal,
  );
  return {
    ...page,
    items: page.items.map(toProposal),
    now: BigInt(page.now),
    queueWindow: BigInt(page.queueWindow),
  };
}

/** A proposal with its tallies and the clock its state was derived at; null when the indexer has none (yet). */
export async function fetchProposal(
  id: bigint,
  opts: ClientOptions = {},
): Promise<({ proposal: Proposal } & GovernanceClock) | null> {
  const { base, fetchImpl } = resolve(opts);
  try {
    const body = await getJson(
      `${base}/governance/proposals/${id}`,
      isProposalDetailWire,
      fetchImpl,
      opts.signal,
    );
    return {
      proposal: toProposal(body.proposal),
      now: BigInt(body.now),
      queueWindow: BigInt(body.queueWindow),
    };
  } catch (error) {
    if (error instanceof IndexerError && error.status === 404) return null;
    throw error;
  }
}

export async function fetchProposalVotes(
  id: bigint,
  filter: Partial<ListPage>,
  opts: ClientOptions = {},
): Promise<PaginatedResult<Vote>> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/governance/proposals/${id}/votes?${listPageParams(filter)}`,
    paginatedGuard(isVoteWire),
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toVote) };
}

export async function fetchDelegates(
  filter: Partial<ListPage>,
  opts: ClientOptions = {},
): Promise<DelegatePage> {
  const { base, fetchImpl } = resolve(opts);
  const page = await getJson(
    `${base}/governance/delegates?${listPageParams(filter)}`,
    isDelegatePageWire,
    fetchImpl,
    opts.signal,
  );
  return { ...page, items: page.items.map(toDelegate), totalPower: BigInt(page.totalPower) };
}

export async function fetchTreasuryFlows(opts: ClientOptions = {}): Promise<TreasuryFlows> {
  const { base, fetchImpl } = resolve(opts);
  const body = await getJson(`${base}/governance/treasury`, isTreasuryWire, fetchImpl, opts.signal);
  return {
    byBucket: body.byBucket.map((b) => ({
      bucket: b.bucket,
      spent: BigInt(b.spent),
      burned: BigInt(b.burned),
    })),
    genesis: BigInt(body.genesis),
    otherIn: BigInt(body.otherIn),
    otherOut: BigInt(body.otherOut),
    movements: body.movements.map((m) => ({
      ...origin(m),
      proposalId: BigInt(m.proposalId),
      title: m.title,
      bucket: m.bucket,
      counterparty: m.counterparty,
      amount: BigInt(m.amount),
      burned: m.burned,
    })),
  };
}

/** Query keys: chain, the viewing account and every parameter. */
export const governanceKeys = {
  all: ["indexer", "governance"] as const,
  proposals: (chainId: number, account: Address | undefined, filter: ProposalFilter) =>
    ["indexer", "governance", "proposals", { chainId, account: account?.toLowerCase(), ...filter }] as const,
  votes: (chainId: number, account: Address | undefined, id: bigint, filter: ListPage) =>
    [
      "indexer",
      "governance",
      "votes",
      { chainId, account: account?.toLowerCase(), id: id.toString(), ...filter },
    ] as const,
  delegates: (chainId: number, account: Address | undefined, filter: ListPage) =>
    ["indexer", "governance", "delegates", { chainId, account: account?.toLowerCase(), ...filter }] as const,
};
