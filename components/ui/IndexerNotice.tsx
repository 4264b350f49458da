import type { IndexerHealth } from "@/lib/indexer/health";

/**
 * Says plainly when indexed history is missing or behind; chain figures elsewhere on the page are unaffected. No hooks: server
 * pages and client islands render it alike.
 */
export function IndexerNotice({ health, what }: { health: IndexerHealth; what: string }) {
  if (health.state === "unavailable") {
    return (
      <p
        role="status"
        data-testid="indexer-unavailable"
        className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
      >
        {what} is unavailable right now: the history service (indexer) cannot be reached. Balances and
        positions above are read from the chain and are current.
      </p>
    );
  }
  if (health.state === "catchingUp") {
    return (
      <p
        role="status"
        data-testid="indexer-catching-up"
        className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
      >
        {what} is catching up: indexed to block {health.indexedBlock.toString()} of{" "}
        {health.chainBlock.toString()}. The newest transactions may be missing for a moment.
      </p>
    );
  }
  return null;
}
