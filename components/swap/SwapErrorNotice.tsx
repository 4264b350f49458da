import { appChain } from "@/lib/chains";

/** A read failed: say what, and offer a retry. */
export function SwapErrorNotice({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
      <p>
        Couldn&apos;t read {what} from {appChain.chain.name}. Check your connection and try again.
      </p>
      <button type="button" className="btn-secondary mt-3" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
