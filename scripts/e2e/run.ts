/**
 * Browser end-to-end tests: a fresh local chain, deploy + seed, the indexer, a production build of the app pointed at both,
 * then every scripts/e2e/*.e2e.ts file under node's test runner, one at a time (they share the chain).
 */
import { spawn } from "node:child_process";
import { buildApp, deployAndSeed, startApp, startChain, startIndexer, stopAll } from "../stack";

const CHAIN_PORT = Number(process.env.E2E_CHAIN_PORT ?? 8555);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3055);
const INDEXER_PORT = Number(process.env.E2E_INDEXER_PORT ?? 42055);

let code = 1;
try {
  const chain = await startChain(CHAIN_PORT);
  await deployAndSeed(chain.url);
  const indexer = await startIndexer(chain.url, INDEXER_PORT);
  const env = { NEXT_PUBLIC_LOCAL_RPC_URL: chain.url, NEXT_PUBLIC_INDEXER_URL: indexer.url };
  console.log("Building the app for the browser tests...");
  await buildApp(env);
  const app = await startApp("start", APP_PORT, env);
  console.log(`App ${app.url} on chain ${chain.url}`);
  code = await new Promise<number>((resolve) => {
    const child = spawn(
      "node",
      [
        "--import",
        "tsx",
        "--test",
        "--test-concurrency=1",
        ...(process.env.E2E_FILES ?? "scripts/e2e/*.e2e.ts").split(" "),
        ...process.argv.slice(2),
      ],
      {
        stdio: "inherit",
        env: { ...process.env, E2E_BASE_URL: app.url, E2E_RPC_URL: chain.url, E2E_INDEXER_URL: indexer.url },
      },
    );
    child.on("exit", (c) => resolve(c ?? 1));
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
}
process.exit(code);
