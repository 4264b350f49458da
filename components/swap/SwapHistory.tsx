"use client";

import { useAccount } from "wagmi";
import { EmptyState } from "@/components/ui/EmptyState";
import { appChain, explorerTxUrl } from "@/lib/chains";
import { formatAmount, formatDta, shortAddress } from "@/lib/format";
import { BIVE_DECIMALS } from "@/lib/swap/quote";
import { useBiveSwapHistory, type SwapRecord } from "@/hooks/swap/useBiveSwapHistory";
import { IndexerNotice } from "@/components/ui/IndexerNotice";
import { useIndexerStatus } from "@/hooks/indexer/useIndexerStatus";
import { HistorySkeleton } from "./skeletons";

function TxLink({ hash }: { hash: `0x${string}` }) {
  const href = explorerTxUrl(appChain.chain, hash);
  const label = <span className="font-mono">{shortAddress(hash)}</span>;
  return href ? (
    <a href={href} target="_blank" rel="noreferrer" className="underline" aria-label={`Transaction ${hash}`}>
      {label}
    </a>
  ) : (
    <span title={hash}>{label}</span>
  );
}

function SwapRow({ swap }: { swap: SwapRecord }) {
  return (
    <li data-testid="swap-history-item" data-bive={swap.biveAmount.toString()} className="py-3">
      <p className="font-medium text-slate-900">
        <span className="tabular-nums">{formatAmount(swap.biveAmount, BIVE_DECIMALS)}</span> BIVE →{" "}
        <span className="tabular-nums">{formatDta(swap.dtaAmount + swap.bonus)}</span> DTA
      </p>
      <p className="text-sm text-slate-600">
        {formatDta(swap.dtaAmount)} DTA 1:1
        {swap.bonus > 0n ? ` + ${formatDta(swap.bonus)} DTA bonus` : ", no bonus"} · block{" "}
        {swap.blockNumber.toString()} · <TxLink hash={swap.txHash} />
      </p>
    </li>
  );
}

/** The connected account's past swaps, newest first, from the indexer. */
export default function SwapHistory() {
  const { isConnected } = useAccount();
  const history = useBiveSwapHistory();
  const health = useIndexerStatus();

  if (!isConnected) {
    return <EmptyState title="Not connected">Connect a wallet to see its swap history.</EmptyState>;
  }
  if (history.isError && !history.data) {
    return <IndexerNotice health={{ state: "unavailable" }} what="Your swap history" />;
  }
  if (!history.data) {
    return <HistorySkeleton />;
  }
  const swaps = history.data.pages.flatMap((page) => page.items);

  return (
    <div className="card space-y-3">
      <IndexerNotice health={health} what="Your swap history" />
      {swaps.length === 0 ? (
        <EmptyState title="No swaps yet">
          This account hasn&apos;t swapped any BIVE. Swaps you make appear here.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Your swaps">
          {swaps.map((swap) => (
            <SwapRow key={swap.id} swap={swap} />
          ))}
        </ul>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          className="btn-secondary"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? "Loading…" : "Show earlier swaps"}
        </button>
      )}
    </div>
  );
}
