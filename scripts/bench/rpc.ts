/**
 * JSON-RPC requests a page makes with no wallet connected, counted in headless Chromium: during the first
 * 10 s after navigation (tab visible), then during 10 s with the tab reported hidden (visibilitychange).
 */
import { chromium, type Browser, type Request } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  // Headless Chromium intermittently presents the first frame about 1 s after it was drawn (viz stops sending the
  // page BeginFrames during the load: Lighthouse issue #17148). Lighthouse's simulation then counts every task of
  // that second before the first paint, and mobile LCP jumps by ~0.5 s on about half the runs, the /about ceiling
  // included. With every compositor stage run before the frame is drawn, the observed first paint is the real one.
  "--run-all-compositor-stages-before-draw",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const WINDOW_MS = 10_000;

export interface RpcCount {
  readonly visible: number;
  readonly hidden: number;
  /** Calls by method, over both windows. */
  readonly methods: ReadonlyMap<string, number>;
}

function isRpcCall(value: unknown): value is { method: string } {
  return typeof value === "object" && value !== null && "jsonrpc" in value && "method" in value;
}

/** The JSON-RPC calls in a request (a batch counts its length); none for other traffic. */
function rpcMethods(request: Request, rpcUrl: string): string[] {
  if (request.method() !== "POST") return [];
  const body = request.postData();
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  const calls = (Array.isArray(parsed) ? parsed : [parsed]).filter(isRpcCall);
  if (calls.length > 0) return calls.map((c) => c.method);
  return request.url().startsWith(rpcUrl) ? ["(unparsed)"] : [];
}

/**
 * Makes document.visibilityState / document.hidden controllable from the test. A string, not a function:
 * tsx (esbuild keepNames) would wrap a function's inner closures in a `__name` helper the page lacks.
 */
const VISIBILITY_CONTROL = `(() => {
  let hidden = false;
  Object.defineProperty(Document.prototype, "visibilityState", {
    configurable: true,
    get() { return hidden ? "hidden" : "visible"; },
  });
  Object.defineProperty(Document.prototype, "hidden", { configurable: true, get() { return hidden; } });
  window.__benchSetHidden = function (value) {
    hidden = value;
    document.dispatchEvent(new Event("visibilitychange"));
  };
})();`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

async function countRoute(browser: Browser, url: string, rpcUrl: string): Promise<RpcCount> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(VISIBILITY_CONTROL);
    let phase: "visible" | "hidden" | "done" = "visible";
    const counts = { visible: 0, hidden: 0 };
    const methods = new Map<string, number>();
    context.on("request", (request) => {
      if (phase === "done") return;
      for (const method of rpcMethods(request, rpcUrl)) {
        counts[phase] += 1;
        methods.set(method, (methods.get(method) ?? 0) + 1);
      }
    });
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: WINDOW_MS });
    await sleep(start + WINDOW_MS - Date.now());
    phase = "hidden";
    await page.evaluate("window.__benchSetHidden(true)");
    await sleep(WINDOW_MS);
    phase = "done";
    return { ...counts, methods };
  } finally {
    await context.close();
  }
}

/** Counts every path (a few pages at a time, each in a fresh browser context). */
export async function countRpcRequests(
  baseUrl: string,
  paths: readonly string[],
  rpcUrl: string,
  concurrency = 3,
): Promise<Map<string, RpcCount | Error>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const results = new Map<string, RpcCount | Error>();
  try {
    const queue = [...paths];
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const routePath = next;
        results.set(
          routePath,
          await countRoute(browser, new URL(routePath, baseUrl).href, rpcUrl).catch((e: unknown) =>
            e instanceof Error ? e : new Error(String(e)),
          ),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  } finally {
    await browser.close();
  }
  return results;
}
