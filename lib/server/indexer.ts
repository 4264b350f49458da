/**
 * The indexer as server pages see it: its health (reachable, and close to the chain's head) once per request,
 * and lists fetched fresh (no-store: a list refreshes every few seconds, see components/ui/LiveRefresh.tsx).
 * Imported only by server components.
 */
import { cache } from "react";
import { appChain } from "@/lib/chains";
import { fetchIndexerStatus, indexerUrl, type ClientOptions, type IndexerStatus } from "@/lib/indexer/http";
import { indexerHealth, type IndexerHealth } from "@/lib/indexer/health";
import { serverBlockNumber } from "./chain";

/**
 * Fetch options for server reads: the indexer's address as the server reaches it (INDEXER_SERVER_URL, read at
 * run time, e.g. a private network's address; by default the browser's NEXT_PUBLIC_INDEXER_URL), never Next's
 * data cache, and a bounded wait.
 */
export function serverIndexerOptions(): ClientOptions {
  return {
    baseUrl: process.env.INDEXER_SERVER_URL
      ? indexerUrl({ NEXT_PUBLIC_INDEXER_URL: process.env.INDEXER_SERVER_URL })
      : undefined,
    fetch: (url, init) => fetch(url, { ...init, cache: "no-store", signal: AbortSignal.timeout(4_000) }),
  };
}

/** The indexer's /status once per request (undefined: unreachable); the health check and LiveRefresh share it. */
export const serverIndexerStatus = cache((): Promise<IndexerStatus | undefined> =>
  fetchIndexerStatus(appChain.chain.id, serverIndexerOptions()).catch(() => undefined),
);

export const serverIndexerHealth = cache(async (): Promise<IndexerHealth> => {
  const [status, chainBlock] = await Promise.all([serverIndexerStatus(), serverBlockNumber()]);
  if (!status) return { state: "unavailable" };
  return indexerHealth(status.block, chainBlock);
});
