/**
 * The lists bench's page part: the app built against the scale-seeded chain and its indexer, then for `/twins` and
 * `/marketplace` (10,000 rows behind each) the server's HTML time for the first page and for filtered/sorted
 * pages, and Lighthouse performance beside the `/about` ceiling from the same build.
 */
import { buildApp, startApp, type Env } from "../stack.ts";
import { runPerformanceBench } from "./routes-report.ts";
import { printTable, type Cell } from "./table.ts";

const HTML_REQUESTS = 20;

/** Page URLs timed as HTML: the first page, then what a visitor does next on a big catalogue. */
const HTML_SHAPES: readonly { readonly label: string; readonly path: string }[] = [
  { label: "twins, first page", path: "/twins" },
  { label: "twins, type + quality sort", path: "/twins?type=2&sort=quality" },
  { label: "twins, page 40", path: "/twins?page=40" },
  { label: "marketplace, first page", path: "/marketplace" },
  { label: "marketplace, search + rating sort", path: "/marketplace?q=vision&sort=rating" },
  { label: "marketplace, category + price range", path: "/marketplace?category=3&maxPrice=50000" },
];

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Builds the app for this chain and indexer URL (both fixed before the indexer starts). */
export async function buildScaleApp(env: Env): Promise<void> {
  log("lists: next build against the scale chain...");
  await buildApp(env);
}

/**
 * Sequential GETs of one page: [p50, p95] ms to the whole HTML, and how many rows it rendered (table rows, header
 * included, for /twins; service cards for /marketplace).
 */
async function timeHtml(url: string): Promise<[number, number, number]> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < HTML_REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(url);
    const html = await res.text();
    times.push(performance.now() - started);
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    if (i === 0) rows = (html.match(/<tr[\s>]|data-testid="service-card"/g) ?? []).length;
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 50), percentile(times, 95), rows];
}

/** Serves the built app on `port` and measures its list pages; the indexer must be running and ready. */
export async function runScalePages(port: number, env: Env, counts: string): Promise<void> {
  const app = await startApp("start", port, env);
  try {
    // The first request of a route compiles nothing in `next start`, but warms its caches: not timed.
    for (const shape of HTML_SHAPES) await fetch(new URL(shape.path, app.url));
    const rows: Cell[][] = [];
    for (const shape of HTML_SHAPES) {
      log(`lists: HTML ${shape.path}...`);
      const [p50, p95, tableRows] = await timeHtml(new URL(shape.path, app.url).href);
      rows.push([shape.label, shape.path, tableRows, `${Math.round(p50)} ms`, `${Math.round(p95)} ms`]);
    }
    printTable(
      `Server HTML at scale (${counts}; ${HTML_REQUESTS} sequential GETs each, request to last byte)`,
      ["page", "URL", "rows / cards", "p50", "p95"],
      rows,
    );
    await runPerformanceBench(app.url, [
      { pattern: "/about", path: "/about" },
      { pattern: "/twins", path: "/twins" },
      { pattern: "/marketplace", path: "/marketplace" },
    ]);
  } finally {
    await app.stop();
  }
}
