import { appChain } from "@/lib/chains";
import { LiveRefreshClient } from "./LiveRefreshClient";

/**
 * Keeps a server-rendered page current (see LiveRefreshClient): the chain id comes from the server, so the
 * chain configuration stays out of the page's scripts.
 */
export function LiveRefresh({ everyMs = 3_000 }: { readonly everyMs?: number }) {
  return <LiveRefreshClient chainId={appChain.chain.id} everyMs={everyMs} />;
}
