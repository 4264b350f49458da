/**
 * Whether the app's RPC node answers. Nothing polls while it does: every request the app makes reports its
 * outcome here (lib/wagmi.ts wraps the transport), so a healthy page costs no extra JSON-RPC request. Once
 * a request cannot reach the node, one cheap probe runs with a growing delay (1 s, 2 s, 4 s … at most
 * 10 s) until the node answers again; listeners hear both transitions, so the page can refetch by itself.
 */
import { appChain } from "./chains";

export type ChainHealth =
  { readonly status: "up" } | { readonly status: "down"; readonly since: number; readonly attempts: number };

export const FIRST_PROBE_DELAY_MS = 1_000;
export const MAX_PROBE_DELAY_MS = 10_000;

/** Delay before probe number `attempt` (0-based): doubling from 1 s, capped at 10 s. */
export function probeDelayMs(attempt: number): number {
  return Math.min(FIRST_PROBE_DELAY_MS * 2 ** Math.max(0, Math.min(attempt, 16)), MAX_PROBE_DELAY_MS);
}

const UNREACHABLE_ERROR_NAMES = new Set(["HttpRequestError", "TimeoutError", "WebSocketRequestError"]);

/**
 * True when the error says the node could not be reached (network failure, timeout, HTTP error status),
 * false when the node answered — a revert or an RPC error is an answer.
 */
export function isUnreachableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === "object" && current !== null; depth += 1) {
    const name = "name" in current ? current.name : undefined;
    if (typeof name === "string" && UNREACHABLE_ERROR_NAMES.has(name)) return true;
    if (current instanceof TypeError && /fetch|network/i.test(current.message)) return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}

export interface ChainHealthMonitor {
  getSnapshot(): ChainHealth;
  subscribe(listener: () => void): () => void;
  /** The node answered a request (a result or an RPC error). */
  reportAnswer(): void;
  /** A request failed: down when the node couldn't be reached; an RPC error (e.g. a revert) is an answer. */
  reportFailure(error: unknown): void;
}

export interface ChainHealthOptions {
  /** Resolves true when the node answers (e.g. eth_chainId); must not report to the monitor itself. */
  readonly probe: () => Promise<boolean>;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly now?: () => number;
}

/**
 * The one "up" value: every monitor starts with it and the server renders with it (useChainHealth), so
 * React's post-hydration Object.is check sees no change and does not re-render synchronously.
 */
export const CHAIN_UP: ChainHealth = { status: "up" };

export function createChainHealthMonitor({
  probe,
  setTimer = (run, ms) => setTimeout(run, ms),
  now = Date.now,
}: ChainHealthOptions): ChainHealthMonitor {
  let health: ChainHealth = CHAIN_UP;
  let probeScheduled = false;
  const listeners = new Set<() => void>();

  const set = (next: ChainHealth) => {
    health = next;
    for (const listener of listeners) listener();
  };

  const reportAnswer = () => {
    if (health.status === "down") set(CHAIN_UP);
  };

  const scheduleProbe = () => {
    if (probeScheduled || health.status !== "down") return;
    probeScheduled = true;
    setTimer(() => {
      void probe()
        .catch(() => false)
        .then((answered) => {
          probeScheduled = false;
          if (health.status !== "down") return;
          if (answered) return set(CHAIN_UP);
          set({ ...health, attempts: health.attempts + 1 });
          scheduleProbe();
        });
    }, probeDelayMs(health.attempts));
  };

  return {
    getSnapshot: () => health,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reportAnswer,
    reportFailure(error) {
      if (!isUnreachableError(error)) return reportAnswer();
      if (health.status === "down") return;
      set({ status: "down", since: now(), attempts: 0 });
      scheduleProbe();
    },
  };
}

/** The app chain's RPC health, fed by the wagmi transport (lib/wagmi.ts); read with useChainHealth. */
const probeAppChain = rpcProbe(appChain.rpcUrl);
export const appChainHealth: ChainHealthMonitor = createChainHealthMonitor({
  // A hidden tab doesn't probe (it counts as a failed attempt, so the delay stays at its 10 s cap).
  probe: () =>
    typeof document !== "undefined" && document.hidden ? Promise.resolve(false) : probeAppChain(),
});

/** A probe that asks `rpcUrl` for its chain id with one plain JSON-RPC POST. */
export function rpcProbe(rpcUrl: string, fetchImpl: typeof fetch = fetch): () => Promise<boolean> {
  return async () => {
    const response = await fetchImpl(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
    });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return typeof body === "object" && body !== null && "result" in body;
  };
}
