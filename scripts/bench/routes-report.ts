/** The per-route sections: first-load JS + RPC requests, Lighthouse accessibility and Lighthouse performance. */
import {
  auditAccessibility,
  auditPerformance,
  type FormFactor,
  type PerformanceResult,
} from "./lighthouse.ts";
import { countRpcRequests } from "./rpc.ts";
import { measureFirstLoad, type BenchRoute } from "./routes.ts";
import { mark, printTable, type Cell } from "./table.ts";

export const TARGETS = {
  firstLoadKb: 150,
  rpcRequests: 3,
  a11yScore: 100,
  performance: { desktop: 95, mobile: 85 },
  lcpMs: 2_500,
  tbtMs: 300,
} as const;

/** A static page of the same build with no chain reads: the ceiling this machine allows, measured in the same run. */
export const CEILING_ROUTE = "/about";
const PERFORMANCE_RUNS = 3;

function label(route: BenchRoute): string {
  return route.pattern === route.path ? route.path : `${route.pattern} (${route.path})`;
}

function short(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 80);
}

function topMethods(methods: ReadonlyMap<string, number>): string {
  return [...methods]
    .sort((a, b) => b[1] - a[1])
    .map(([method, n]) => `${method}×${n}`)
    .join(" ");
}

export async function runRoutesBench(
  appUrl: string,
  rpcUrl: string,
  routes: readonly BenchRoute[],
): Promise<void> {
  console.error(`[bench] first-load JS and RPC counts for ${routes.length} routes (~20 s per route)...`);
  const rpc = await countRpcRequests(
    appUrl,
    routes.map((r) => r.path),
    rpcUrl,
  );
  const rows: Cell[][] = [];
  for (const route of routes) {
    const load = await measureFirstLoad(appUrl, route.path).catch((e: unknown) => short(e));
    const count = rpc.get(route.path);
    const kb = typeof load === "string" ? undefined : load.gzipBytes / 1024;
    const calls = count instanceof Error || count === undefined ? undefined : count;
    rows.push([
      label(route),
      typeof load === "string" ? "error" : load.status,
      kb === undefined ? "-" : kb.toFixed(1),
      mark(kb, (v) => v <= TARGETS.firstLoadKb),
      calls?.visible ?? "-",
      mark(calls?.visible, (v) => v <= TARGETS.rpcRequests),
      calls?.hidden ?? "-",
      calls ? topMethods(calls.methods) : count instanceof Error ? `error: ${short(count)}` : "",
    ]);
    if (typeof load === "string") rows.push([`  ↳ ${load}`]);
  }
  printTable(
    `Routes: first-load JS (target ≤ ${TARGETS.firstLoadKb} KB gz) and JSON-RPC calls, no wallet (target ≤ ${TARGETS.rpcRequests} in first 10 s)`,
    [
      "route",
      "HTTP",
      "JS KB gz",
      `≤${TARGETS.firstLoadKb} KB`,
      "RPC 10s",
      "≤3 RPC",
      "RPC hidden 10s",
      "RPC methods (both windows)",
    ],
    rows,
  );
}

export async function runA11yBench(appUrl: string, routes: readonly BenchRoute[]): Promise<void> {
  const rows: Cell[][] = [];
  for (const route of routes) {
    console.error(`[bench] lighthouse accessibility ${route.path}...`);
    try {
      const result = await auditAccessibility(new URL(route.path, appUrl).href);
      rows.push([
        label(route),
        result.score,
        mark(result.score, (v) => v >= TARGETS.a11yScore),
        result.failing.join(", ") || "-",
      ]);
    } catch (error) {
      rows.push([label(route), "error", "-", short(error)]);
    }
  }
  printTable(
    `Lighthouse accessibility (target ${TARGETS.a11yScore})`,
    ["route", "score", "status", "failing audits"],
    rows,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median of `PERFORMANCE_RUNS` Lighthouse runs per figure (mobile scores swing ±15 points with machine load). */
async function medianPerformance(url: string, formFactor: FormFactor): Promise<PerformanceResult> {
  const runs: PerformanceResult[] = [];
  for (let i = 0; i < PERFORMANCE_RUNS; i++) runs.push(await auditPerformance(url, formFactor));
  return {
    score: median(runs.map((r) => r.score)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
  };
}

export async function runPerformanceBench(appUrl: string, routes: readonly BenchRoute[]): Promise<void> {
  // The ceiling page first, so every route reads against a figure from the same build and the same load.
  const ordered = [...routes].sort(
    (a, b) => Number(b.path === CEILING_ROUTE) - Number(a.path === CEILING_ROUTE),
  );
  const rows: Cell[][] = [];
  for (const route of ordered) {
    const row: Cell[] = [route.path === CEILING_ROUTE ? `${label(route)} (ceiling)` : label(route)];
    for (const formFactor of ["desktop", "mobile"] as const) {
      console.error(
        `[bench] lighthouse performance ${formFactor} ${route.path} (median of ${PERFORMANCE_RUNS})...`,
      );
      try {
        const r = await medianPerformance(new URL(route.path, appUrl).href, formFactor);
        const vitals = formFactor === "desktop" || (r.lcpMs <= TARGETS.lcpMs && r.tbtMs <= TARGETS.tbtMs);
        const status = vitals ? mark(r.score, (v) => v >= TARGETS.performance[formFactor]) : "OVER";
        row.push(r.score, r.lcpMs, r.tbtMs, status);
      } catch (error) {
        row.push("error", "-", "-", short(error));
      }
    }
    rows.push(row);
  }
  printTable(
    `Lighthouse performance, median of ${PERFORMANCE_RUNS} (targets: desktop ≥ ${TARGETS.performance.desktop}, ` +
      `mobile ≥ ${TARGETS.performance.mobile} with LCP ≤ ${TARGETS.lcpMs} ms and TBT ≤ ${TARGETS.tbtMs} ms; ` +
      `${CEILING_ROUTE} has no chain reads and is this machine's ceiling)`,
    ["route", "desktop", "LCP ms", "TBT ms", "status", "mobile", "LCP ms", "TBT ms", "status"],
    rows,
  );
}
