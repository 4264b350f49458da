/**
 * Runs `run` when the browser is idle (at the latest after `timeoutMs`); returns a cancel function. For work
 * that must not land in the page's load: the hydration task and its effects are what mobile blocking time
 * counts.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(run, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}
