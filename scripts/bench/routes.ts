/** Route discovery from the production build, and first-load JS (gzip) per route. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createPublicClient, http } from "viem";
import { hardhat } from "viem/chains";
import { loadLocalContracts } from "./contracts.ts";

export interface BenchRoute {
  /** The route as written in the app (may contain [params]). */
  readonly pattern: string;
  /** The URL path actually measured. */
  readonly path: string;
}

/**
 * Paths for dynamic routes whose ids are not small numbers, read from the seeded chain: /governance/[id] is
 * measured on the first proposal ever made (executed, so the page shows its whole lifecycle and impact).
 */
export async function chainSamplePaths(rpcUrl: string): Promise<Record<string, string>> {
  const contracts = await loadLocalContracts();
  const client = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
  const { address, abi } = contracts.DTAGovernor;
  const count = await client.readContract({ address, abi, functionName: "proposalCount" });
  if (count === 0n) return {};
  const id = await client.readContract({ address, abi, functionName: "proposalIdAt", args: [0n] });
  return { "/governance/[id]": `/governance/${id.toString()}` };
}

/** Values for dynamic segments, so e.g. /twins/[id] is measured as /twins/1. Extend as routes appear. */
const SAMPLE_PARAMS: Readonly<Record<string, string>> = {
  id: "1",
  twinId: "1",
  serviceId: "1",
  proposalId: "1",
  positionId: "1",
  tokenId: "1",
  address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
};

function readManifest(file: string): Record<string, string> | undefined {
  const full = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", file);
  if (!existsSync(full)) return undefined;
  return JSON.parse(readFileSync(full, "utf8")) as Record<string, string>;
}

/** "/(group)/twins/@modal/[id]/page" → "/twins/[id]". */
function normalizeAppPath(appPath: string): string {
  const segments = appPath
    .split("/")
    .filter((s) => s !== "" && s !== "page" && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

function resolvePattern(pattern: string): string | undefined {
  const segments: string[] = [];
  for (const segment of pattern.split("/").filter(Boolean)) {
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) continue; // optional catch-all: measure without it
    const param = /^\[(?:\.\.\.)?(.+)\]$/.exec(segment)?.[1];
    if (param === undefined) segments.push(segment);
    else if (SAMPLE_PARAMS[param] !== undefined) segments.push(SAMPLE_PARAMS[param]);
    else return undefined;
  }
  return `/${segments.join("/")}`;
}

/**
 * Pages of the last `next build`; skips internal routes, API routes and unresolvable dynamic segments.
 * `only` (BENCH_ROUTES, comma-separated paths) limits the measurement to those routes, e.g. while iterating.
 */
export function discoverRoutes(
  only: readonly string[] = (process.env.BENCH_ROUTES ?? "").split(",").filter(Boolean),
  samplePaths: Readonly<Record<string, string>> = {},
): { routes: BenchRoute[]; skipped: string[] } {
  const manifest =
    readManifest("app-path-routes-manifest.json") ??
    Object.fromEntries(
      Object.keys(readManifest("server/app-paths-manifest.json") ?? {}).map((k) => [k, normalizeAppPath(k)]),
    );
  const patterns = new Set<string>();
  for (const [appPath, route] of Object.entries(manifest)) {
    if (!appPath.endsWith("/page")) continue; // route handlers (api, icons, sitemap…)
    if (route.split("/").some((s) => s.startsWith("_")) || route.startsWith("/api/")) continue;
    patterns.add(route);
  }
  const routes: BenchRoute[] = [];
  const skipped: string[] = [];
  for (const pattern of [...patterns].sort()) {
    const resolved = samplePaths[pattern] ?? resolvePattern(pattern);
    if (resolved === undefined) skipped.push(pattern);
    else if (only.length === 0 || only.includes(resolved) || only.includes(pattern))
      routes.push({ pattern, path: resolved });
  }
  return { routes, skipped };
}

export interface FirstLoad {
  readonly status: number;
  readonly scripts: number;
  readonly gzipBytes: number;
}

const gzipCache = new Map<string, Promise<number>>();

async function gzipSize(url: string): Promise<number> {
  let size = gzipCache.get(url);
  if (!size) {
    size = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return gzipSync(Buffer.from(await res.arrayBuffer())).length;
    });
    gzipCache.set(url, size);
  }
  return size;
}

/** Sum of the gzip sizes of the /_next/ scripts (module, not noModule) in the route's server-rendered HTML. */
export async function measureFirstLoad(baseUrl: string, routePath: string): Promise<FirstLoad> {
  const res = await fetch(new URL(routePath, baseUrl));
  const html = await res.text();
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1]!;
    // noModule scripts (legacy polyfills) are never loaded by a modern browser.
    if (/\snomodule\b/i.test(attributes)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1]?.replace(/&amp;/g, "&");
    if (!src) continue;
    const url = new URL(src, baseUrl);
    if (url.pathname.startsWith("/_next/")) sources.add(url.href);
  }
  const sizes = await Promise.all([...sources].map(gzipSize));
  return { status: res.status, scripts: sources.size, gzipBytes: sizes.reduce((a, b) => a + b, 0) };
}
