/**
 * The lists section of `npm run bench` (`--only lists`): a chain of its own with the demo seed plus 10,000
 * twins (hardhat/scripts/seedTwinScale.ts) and 10,000 AI marketplace listings (hardhat/scripts/seedServiceScale.ts),
 * then for the indexer on PGlite and on PostgreSQL (when Debian's postgresql is installed):
 *   - backfill: from starting a fresh indexer to /ready with every block of the chain indexed;
 *   - per request shape (filters, sorts, pages, page sizes): p50/p95 of sequential requests to the list route,
 *     timed in this process from request to parsed JSON.
 */
import { cpus, loadavg } from "node:os";
import { createPublicClient, createWalletClient, http, type Address } from "viem";
import { hardhat } from "viem/chains";
import { readContractMap } from "../../hardhat/scripts/generate-contracts.ts";
import { startPostgres, type RunningPostgres } from "../postgres.ts";
import { deployAndSeed, hardhatTask, startChain, startIndexer } from "../stack.ts";
import { printTable, thousands, type Cell } from "./table.ts";
import { buildScaleApp, runScalePages } from "./listPages.ts";

const REQUESTS_PER_SHAPE = 60;
const SCALE = Number(process.env.LIST_BENCH_COUNT ?? 10_000);
/** `pglite,postgres` by default; LIST_BENCH_DATABASES=pglite skips PostgreSQL. */
const DATABASES = (process.env.LIST_BENCH_DATABASES ?? "pglite,postgres").split(",");
/** LIST_BENCH_PAGES=0 skips building the app and timing its list pages (HTML and Lighthouse) at scale. */
const PAGES = process.env.LIST_BENCH_PAGES !== "0";
/** A 10,000-row backfill takes minutes on a loaded machine. */
const READY_TIMEOUT_MS = 30 * 60_000;

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** One kind of list request: its label and the query string of its `i`-th request. */
interface Shape {
  readonly label: string;
  readonly path: string;
  readonly query: (i: number) => string;
}

/** A catalogue to seed at scale and the requests that read it. */
interface Catalogue {
  readonly name: string;
  readonly seed: (rpcUrl: string) => Promise<void>;
  /** How many rows the list route sees once seeded (read from the chain, independent of the indexer). */
  readonly count: (rpcUrl: string) => Promise<bigint>;
  readonly shapes: (rpcUrl: string) => Promise<readonly Shape[]>;
}

const contractAt = (name: string) => {
  const entry = readContractMap()["31337"]?.[name];
  if (!entry) throw new Error(`The contract map has no ${name}`);
  return { address: entry.address as Address, abi: entry.abi as readonly unknown[] };
};

const TWINS: Catalogue = {
  name: "twins",
  seed: (rpcUrl) =>
    hardhatTask(
      ["run", "hardhat/scripts/seedTwinScale.ts", "--network", "localhost"],
      { LOCAL_RPC_URL: rpcUrl, TWIN_SCALE_COUNT: String(SCALE) },
      true,
      "Twin scale seed",
    ),
  count: async (rpcUrl) => {
    const client = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
    const registry = contractAt("TwinRegistry");
    return (await client.readContract({ ...registry, functionName: "twinCount" } as Parameters<
      typeof client.readContract
    >[0])) as bigint;
  },
  shapes: async (rpcUrl) => {
    // The seed's owners of every 10th twin (dev accounts 10–14).
    const wallet = createWalletClient({ chain: hardhat, transport: http(rpcUrl) });
    const owners = (await wallet.getAddresses()).slice(10, 15);
    return [
      { label: "newest, pages 1–20 of 25", path: "/twins", query: (i) => `pageSize=25&page=${1 + (i % 20)}` },
      {
        label: "type + quality sort, 50 a page",
        path: "/twins",
        query: (i) => `type=${i % 7}&sort=quality&pageSize=50&page=${1 + ((i * 3) % 25)}`,
      },
      {
        label: "category + rate sort, 25 a page",
        path: "/twins",
        query: (i) => `category=category%20${i % 40}&sort=rate&pageSize=25&page=${1 + (i % 10)}`,
      },
      {
        label: "status (suspended) + jobs sort, 10 a page",
        path: "/twins",
        query: (i) => `status=suspended&sort=jobs&pageSize=10&page=${1 + ((i * 7) % 90)}`,
      },
      {
        label: "owner + type, 100 a page",
        path: "/twins",
        query: (i) => `owner=${owners[i % owners.length]}&type=${i % 7}&pageSize=100`,
      },
      {
        label: "deep pages 50–99 of 100, quality sort",
        path: "/twins",
        query: (i) => `sort=quality&pageSize=100&page=${50 + (i % 50)}`,
      },
    ];
  },
};

/** AI marketplace listings: names from 11 words (text search), 7 categories, prices 0.01–10 DTA, ratings on every 3rd. */
const SERVICES: Catalogue = {
  name: "services",
  seed: (rpcUrl) =>
    hardhatTask(
      ["run", "hardhat/scripts/seedServiceScale.ts", "--network", "localhost"],
      { LOCAL_RPC_URL: rpcUrl, SERVICE_SCALE_COUNT: String(SCALE) },
      true,
      "Service scale seed",
    ),
  count: async (rpcUrl) => {
    const client = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
    const market = contractAt("AIMarketplace");
    return (await client.readContract({ ...market, functionName: "serviceCount" } as Parameters<
      typeof client.readContract
    >[0])) as bigint;
  },
  shapes: async () => {
    const words = ["vision", "forecast", "anomaly", "language", "route", "energy", "sensor", "fraud"];
    const sorts = ["rating", "price", "usage", "newest"] as const;
    return [
      {
        label: "text search + sort, 24 a page",
        path: "/services",
        query: (i) => `q=${words[i % words.length]}&sort=${sorts[i % 4]}&limit=24&page=${1 + (i % 10)}`,
      },
      {
        label: "category + rating sort, 48 a page",
        path: "/services",
        query: (i) => `category=${i % 7}&sort=rating&limit=48&page=${1 + ((i * 3) % 20)}`,
      },
      {
        label: "price range + price sort (asc), 12 a page",
        path: "/services",
        query: (i) =>
          `minPrice=${1_000 * (i % 10)}&maxPrice=${1_000 * (i % 10) + 20_000}&sort=price&order=asc&limit=12&page=${1 + (i % 8)}`,
      },
      {
        label: "min rating + usage sort, 24 a page",
        path: "/services",
        query: (i) => `minRating=${[3, 3.5, 4, 4.5][i % 4]}&sort=usage&limit=24&page=${1 + (i % 10)}`,
      },
      {
        label: "search + category + price + rating, 96 a page",
        path: "/services",
        query: (i) =>
          `q=${words[i % words.length]}%20${words[(i + 3) % words.length]}&category=${i % 7}&maxPrice=60000&minRating=2&sort=${sorts[i % 4]}&limit=96`,
      },
      {
        label: "deep pages 50–99 of 100, newest",
        path: "/services",
        query: (i) => `sort=newest&limit=100&page=${50 + (i % 50)}&status=all`,
      },
    ];
  },
};

/** Sequential requests of one shape: [p50, p95] in ms and the rows the first page answered. */
async function benchShape(indexerUrl: string, shape: Shape): Promise<[number, number, number]> {
  const times: number[] = [];
  let firstRows = 0;
  for (let i = 0; i < REQUESTS_PER_SHAPE; i++) {
    const url = `${indexerUrl}${shape.path}?${shape.query(i)}`;
    const started = performance.now();
    const res = await fetch(url);
    const body = (await res.json()) as { items?: unknown[] };
    times.push(performance.now() - started);
    if (!res.ok || !Array.isArray(body.items)) throw new Error(`${url} answered ${res.status}`);
    if (i === 0) firstRows = body.items.length;
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 50), percentile(times, 95), firstRows];
}

export async function runListsBench(
  chainPort: number,
  indexerPort: number,
  postgresPort: number,
  appPort: number,
  catalogues: readonly Catalogue[] = CATALOGUES,
): Promise<void> {
  const chain = await startChain(chainPort);
  log(`lists bench: chain ${chain.url}; deploying and seeding...`);
  await deployAndSeed(chain.url);
  const seedTimes: string[] = [];
  for (const catalogue of catalogues) {
    const started = Date.now();
    log(`seeding ${SCALE} ${catalogue.name}...`);
    await catalogue.seed(chain.url);
    seedTimes.push(`${catalogue.name} ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const counts = await Promise.all(
    catalogues.map(async (c) => `${thousands(await c.count(chain.url))} ${c.name}`),
  );
  const shapes = (await Promise.all(catalogues.map((c) => c.shapes(chain.url)))).flat();
  // The app is built once for this chain and the indexer's fixed URL, and served while the PGlite indexer runs.
  const appEnv = {
    NEXT_PUBLIC_LOCAL_RPC_URL: chain.url,
    NEXT_PUBLIC_INDEXER_URL: `http://127.0.0.1:${indexerPort}`,
    // A build directory of its own, so the demo-chain build of the other sections is left alone.
    NEXT_DIST_DIR: ".next-lists",
  };
  if (PAGES) await buildScaleApp(appEnv);

  let postgres: RunningPostgres | undefined;
  const databases: { label: string; databaseUrl?: () => string }[] = [
    { label: "PGlite" },
    { label: "PostgreSQL", databaseUrl: () => (postgres ??= startPostgres(postgresPort)).databaseUrl },
  ].filter((d) => DATABASES.includes(d.label.toLowerCase()));
  const columns: { label: string; backfill: string; figures: Map<string, [number, number, number]> }[] = [];
  try {
    for (const database of databases) {
      let databaseUrl: string | undefined;
      try {
        databaseUrl = database.databaseUrl?.();
      } catch (error) {
        log(`${database.label} not run: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      log(`lists: indexer on ${database.label}...`);
      const started = performance.now();
      const indexer = await startIndexer(chain.url, indexerPort, {
        databaseUrl,
        env: { INDEXER_WS_URL: undefined },
        readyTimeoutMs: READY_TIMEOUT_MS,
      });
      const backfill = `${((performance.now() - started) / 1000).toFixed(1)} s`;
      const figures = new Map<string, [number, number, number]>();
      try {
        for (const shape of shapes)
          figures.set(`${shape.path} ${shape.label}`, await benchShape(indexer.url, shape));
        if (PAGES && columns.length === 0) await runScalePages(appPort, appEnv, counts.join(", "));
      } finally {
        await indexer.stop();
      }
      columns.push({ label: database.label, backfill, figures });
    }
  } finally {
    postgres?.stop();
    await chain.stop();
  }
  const rows: Cell[][] = [
    ["backfill to /ready", "", "", ...columns.flatMap((c) => [c.backfill, ""])],
    ...shapes.map((shape) => {
      const key = `${shape.path} ${shape.label}`;
      const first = columns[0]?.figures.get(key);
      return [
        shape.path,
        shape.label,
        first ? thousands(first[2]) : "",
        ...columns.flatMap((c) => {
          const f = c.figures.get(key);
          return f ? [ms(f[0]), ms(f[1])] : ["", ""];
        }),
      ];
    }),
  ];
  printTable(
    `Lists at scale (${counts.join(", ")} on the chain)`,
    ["route", "request", "rows", ...columns.flatMap((c) => [`${c.label} p50`, `${c.label} p95`])],
    rows,
  );
  const cpu = cpus();
  console.log(
    [
      `Seeded by mock seeder contracts in batches under Hardhat's 16,777,216-gas cap (${seedTimes.join(", ")}),`,
      `then empty blocks mined one by one. Backfill: a fresh indexer (new database, polling) started on the seeded`,
      `chain until /ready answers and /status has reached the chain's last block. Each request row:`,
      `${REQUESTS_PER_SHAPE} sequential requests to the list route, pages and filters varying per request as labelled`,
      `("rows": what the first request returned), timed in this process from request to parsed JSON. Machine:`,
      `${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"} running the chain, indexer and database too (load average`,
      `${loadavg()[0]!.toFixed(1)} at the end, shared with other work). Databases: ${columns.map((c) => c.label).join(" and ")}`,
      `(PGlite: Ponder's embedded one; PostgreSQL: a local server). One run each: the figures move with load.`,
    ].join("\n"),
  );
}

export const CATALOGUES: readonly Catalogue[] = [TWINS, SERVICES];
