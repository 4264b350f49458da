/** The per-route sections: first-load JS + RPC requests, and Lighthouse accessibility. */
import { auditAccessibility } from "./a11y.ts";
import { countRpcRequests } from "./rpc.ts";
import { measureFirstLoad, type BenchRoute } from "./routes.ts";
import { mark, printTable, type Cell } from "./table.ts";

export const TARGETS = { firstLoadKb: 250, rpcRequests: 3, a11yScore: 100 } as const;

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
      "≤250 KB",
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
