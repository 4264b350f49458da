/**
 * How the app talks to the event indexer (indexer/): its address, one validated JSON GET, and the block it has
 * reached. Route clients (client.ts, supply.ts, twins.ts…) build on this; a page that only polls /status ships
 * nothing else.
 *   NEXT_PUBLIC_INDEXER_URL  the indexer's HTTP address (default http://127.0.0.1:42069, `npm start`'s)
 */
import { isNonNegativeInt, isRecord } from "./primitives";

export const DEFAULT_INDEXER_URL = "http://127.0.0.1:42069";

export function indexerUrl(
  env: { NEXT_PUBLIC_INDEXER_URL?: string | undefined } = {
    NEXT_PUBLIC_INDEXER_URL: process.env.NEXT_PUBLIC_INDEXER_URL,
  },
): string {
  return (env.NEXT_PUBLIC_INDEXER_URL || DEFAULT_INDEXER_URL).replace(/\/+$/, "");
}

/** The indexer answered, but not with what the app expects (or not at all). */
export class IndexerError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "IndexerError";
  }
}

export interface OnchainOrigin {
  readonly id: string;
  readonly txHash: `0x${string}`;
  readonly blockNumber: bigint;
  readonly timestamp: bigint;
  readonly logIndex: number;
}

/** The wire's origin fields as bigint. */
export function origin(wire: {
  id: string;
  txHash: `0x${string}`;
  blockNumber: string;
  timestamp: string;
  logIndex: number;
}) {
  return {
    id: wire.id,
    txHash: wire.txHash,
    blockNumber: BigInt(wire.blockNumber),
    timestamp: BigInt(wire.timestamp),
    logIndex: wire.logIndex,
  };
}

export interface IndexerStatus {
  readonly chainId: number;
  readonly block: bigint;
  readonly timestamp: bigint;
}

export type FetchLike = (input: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export async function getJson<T>(
  url: string,
  guard: (v: unknown) => v is T,
  fetchImpl: FetchLike,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetchImpl(url, { signal });
  } catch (error) {
    throw new IndexerError(
      `The indexer is unreachable (${error instanceof Error ? error.message : "network error"})`,
    );
  }
  if (!res.ok) throw new IndexerError(`The indexer answered ${res.status} for ${url}`, res.status);
  const body: unknown = await res.json().catch(() => undefined);
  if (!guard(body)) throw new IndexerError(`The indexer's answer for ${url} has an unexpected shape`);
  return body;
}

export interface ClientOptions {
  readonly baseUrl?: string;
  readonly fetch?: FetchLike;
  readonly signal?: AbortSignal;
}

export function resolve(opts: ClientOptions): { base: string; fetchImpl: FetchLike } {
  return { base: opts.baseUrl ?? indexerUrl(), fetchImpl: opts.fetch ?? ((u, i) => fetch(u, i)) };
}

/** Ponder's /status: `{ [chainName]: { id, block: { number, timestamp } } }`. */
export interface IndexerChainStatus {
  readonly id: number;
  readonly block: { readonly number: number; readonly timestamp: number };
}

export function isIndexerStatus(v: unknown): v is Record<string, IndexerChainStatus> {
  return (
    isRecord(v) &&
    Object.values(v).every(
      (chain) =>
        isRecord(chain) &&
        isNonNegativeInt(chain.id) &&
        isRecord(chain.block) &&
        isNonNegativeInt(chain.block.number) &&
        isNonNegativeInt(chain.block.timestamp),
    )
  );
}

/** The block the indexer has reached on `chainId`; an IndexerError if it does not index that chain. */
export async function fetchIndexerStatus(chainId: number, opts: ClientOptions = {}): Promise<IndexerStatus> {
  const { base, fetchImpl } = resolve(opts);
  const status = await getJson(`${base}/status`, isIndexerStatus, fetchImpl, opts.signal);
  const chain = Object.values(status).find((c: IndexerChainStatus) => c.id === chainId);
  if (!chain) throw new IndexerError(`The indexer does not index chain ${chainId}`);
  return { chainId, block: BigInt(chain.block.number), timestamp: BigInt(chain.block.timestamp) };
}
