/**
 * `npm run bench [-- --only gas|routes|a11y|perf|indexer|lists[,…]]`: gas per contract operation, first-load JS
 * and JSON-RPC calls per route, Lighthouse accessibility and performance per route, the event indexer's
 * backfill, list-route latency and freshness on a scale-seeded chain, and the twin and service list routes at
 * 10,000 rows each, printed as plain tables with their targets.
 * Reports figures only: it exits 0 unless a section could not run. Progress goes to stderr.
 */
import { stopLighthouse } from "./lighthouse.ts";
import { runGasBench } from "./gas.ts";
import { runA11yBench, runPerformanceBench, runRoutesBench } from "./routes-report.ts";
import { runIndexerBench } from "./indexer.ts";
import { runListsBench } from "./lists.ts";
import { chainSamplePaths, discoverRoutes } from "./routes.ts";
import { buildApp, deployAndSeed, freePort, startApp, startChain, startIndexer, stopAll } from "../stack.ts";

const SECTIONS = ["gas", "routes", "a11y", "perf", "indexer", "lists"] as const;
/** Sections that run on a chain of their own (seeded at scale), not on the shared demo chain. */
const OWN_CHAIN: readonly Section[] = ["indexer", "lists"];
type Section = (typeof SECTIONS)[number];

function parseSections(argv: readonly string[]): Set<Section> {
  const index = argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
  if (index === -1) return new Set(SECTIONS);
  const arg = argv[index]!;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (argv[index + 1] ?? "");
  const wanted = value.split(/[,|]/).filter(Boolean);
  const unknown = wanted.filter((w) => !(SECTIONS as readonly string[]).includes(w));
  if (wanted.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes ${SECTIONS.join("|")} (comma-separated), got "${value}"`);
  }
  return new Set(wanted as Section[]);
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

let failed = false;

async function section(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    failed = true;
    const text = error instanceof Error ? error.message : String(error);
    console.log(`\n${name}: could not run\n${text.split("\n").slice(-40).join("\n")}`);
  }
}

async function main(): Promise<void> {
  const sections = parseSections(process.argv.slice(2));
  const started = Date.now();
  // The indexer section seeds a chain of its own at scale, so the other sections keep the demo seed.
  if (sections.has("indexer")) {
    await section("Indexer", async () =>
      runIndexerBench(await freePort(8845), await freePort(42845), await freePort(54845)),
    );
  }
  if (sections.has("lists")) {
    await section("Lists", async () =>
      runListsBench(await freePort(8865), await freePort(42865), await freePort(54865), await freePort(3365)),
    );
  }
  if ([...sections].every((s) => OWN_CHAIN.includes(s)))
    return log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  const chain = await startChain(await freePort(8745));
  log(`chain ${chain.url}; deploying and seeding...`);
  await deployAndSeed(chain.url);

  if (sections.has("gas")) await section("Gas", () => runGasBench(chain.url));

  if (sections.has("routes") || sections.has("a11y") || sections.has("perf")) {
    await section("Routes", async () => {
      // Pages render their lists and history from the indexer on the server, so measure them with one.
      const indexer = await startIndexer(chain.url, await freePort(42745));
      log(`indexer ${indexer.url}`);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NEXT_PUBLIC_LOCAL_RPC_URL: chain.url,
        NEXT_PUBLIC_INDEXER_URL: indexer.url,
      };
      log("next build...");
      await buildApp(env);
      const { routes, skipped } = discoverRoutes(undefined, await chainSamplePaths(chain.url));
      if (skipped.length > 0)
        console.log(`\nSkipped dynamic routes (no sample params): ${skipped.join(", ")}`);
      if (routes.length === 0) throw new Error("The build has no page routes to measure");
      const app = await startApp("start", await freePort(3300), env);
      log(`app ${app.url}`);
      if (sections.has("routes")) await section("Routes", () => runRoutesBench(app.url, chain.url, routes));
      if (sections.has("a11y")) await section("Accessibility", () => runA11yBench(app.url, routes));
      if (sections.has("perf")) await section("Performance", () => runPerformanceBench(app.url, routes));
    });
  }
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  stopLighthouse();
  await stopAll();
}
process.exit(failed ? 1 : 0);
