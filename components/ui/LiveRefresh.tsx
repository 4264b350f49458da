import { appChain } from "@/lib/chains";
import { serverIndexerStatus } from "@/lib/server/indexer";
import { LiveRefreshClient } from "./LiveRefreshClient";

/**
 * Keeps a server-rendered page current (see LiveRefreshClient): the chain id comes from the server, so the
 * chain configuration stays out of the page's scripts, and so does the block the indexer had reached when this
 * render asked it (the request's one /status read, shared with the page's health check; no chain read) — the
 * client's first check compares against it, so a block that moved while the page loaded still refreshes it.
 */
export async function LiveRefresh({ everyMs = 3_000 }: { readonly everyMs?: number }) {
  const renderedBlock = (await serverIndexerStatus())?.block;
  return <LiveRefreshClient chainId={appChain.chain.id} everyMs={everyMs} renderedBlock={renderedBlock} />;
}
