"use client";

import { appChain } from "@/lib/chains";
import { useChainHealth } from "@/hooks/useChainHealth";

/**
 * The one place that says the chain's node isn't answering: which endpoint was tried and what to do. It
 * goes away by itself once the node answers (the page then refetches its figures; see Web3Host).
 */
export default function ChainStatusBanner() {
  const health = useChainHealth();
  if (health.status === "up") return null;
  return (
    <div role="alert" data-testid="chain-unreachable" className="border-b border-red-300 bg-red-50">
      <div className="mx-auto max-w-5xl px-4 py-3 text-sm text-red-900">
        <p className="font-semibold">
          Can&apos;t reach {appChain.chain.name} at{" "}
          <code className="inline-block max-w-full break-all">{appChain.rpcUrl}</code>
        </p>
        <p className="mt-1">
          Live figures are unavailable and sending is disabled.{" "}
          {appChain.isLocal ? (
            <>
              Start the local chain with <code>npm start</code> (or check{" "}
              <code>NEXT_PUBLIC_LOCAL_RPC_URL</code>).
            </>
          ) : (
            <>
              Check your connection, or set <code>NEXT_PUBLIC_RPC_URL</code> to a working endpoint.
            </>
          )}{" "}
          This page reconnects by itself.
        </p>
      </div>
    </div>
  );
}
