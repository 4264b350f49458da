/**
 * `npm test -- --only=indexer`: a fresh chain with the deploy + seed, then the indexer's tests
 * (indexer/test/*.test.ts) twice — once on the embedded PGlite, once on a real PostgreSQL started here — each
 * time with a fresh indexer that backfills the same chain.
 */
import { spawn } from "node:child_process";
import { startPostgres } from "./postgres";
import { deployAndSeed, rpc, startChain, startIndexer, stopAll, type IndexerOptions } from "./stack";

const CHAIN_PORT = Number(process.env.INDEXER_TEST_CHAIN_PORT ?? 8574);
const INDEXER_PORT = Number(process.env.INDEXER_TEST_PORT ?? 42074);
const POSTGRES_PORT = Number(process.env.INDEXER_TEST_POSTGRES_PORT ?? 54374);

function runTests(env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      "node",
      [
        "--import",
        "tsx",
        "--test",
        "--test-concurrency=1",
        "indexer/test/*.test.ts",
        ...process.argv.slice(2),
      ],
      { stdio: "inherit", env: { ...process.env, ...env } },
    );
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function againstDatabase(label: string, chainUrl: string, opts: IndexerOptions): Promise<number> {
  console.log(`\nIndexer tests on ${label}`);
  const started = Date.now();
  const indexer = await startIndexer(chainUrl, INDEXER_PORT, opts);
  console.log(`Indexer ready on ${label} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  try {
    return await runTests({ INDEXER_URL: indexer.url, INDEXER_RPC_URL: chainUrl, INDEXER_DATABASE: label });
  } finally {
    await indexer.stop();
  }
}

let code = 1;
let postgres: ReturnType<typeof startPostgres> | undefined;
try {
  const chain = await startChain(CHAIN_PORT);
  await deployAndSeed(chain.url);
  // Tests move the clock (days to months); each database's run starts from the seeded chain and its clock.
  const seeded = await rpc<string>(chain.url, "evm_snapshot");
  const pglite = await againstDatabase("PGlite", chain.url, {});
  await rpc(chain.url, "evm_revert", [seeded]);
  postgres = startPostgres(POSTGRES_PORT);
  const pg = await againstDatabase("PostgreSQL", chain.url, { databaseUrl: postgres.databaseUrl });
  code = pglite || pg;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
  postgres?.stop();
}
process.exit(code);
