/**
 * Browser end-to-end tests: a fresh local chain, deploy + seed, the indexer, a production build of the app pointed at both,
 * then every scripts/e2e/*.e2e.ts file under node's test runner, one at a time (they share the chain).
 *
 * Each file runs between an evm_snapshot and an evm_revert, so its transactions and time travel can't leak into
 * the next file. To the indexer a revert is a reorg (FACTS.md): within its 30 unfinalised blocks it follows one,
 * deeper it can't — so after a file that mined more than REINDEX_AFTER_BLOCKS blocks or moved the clock, the
 * indexer restarts on a fresh database; otherwise the chain is mined past the indexer's head so it sees the
 * reorg, and the next file starts once the indexer has caught up.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import {
  buildApp,
  deployAndSeed,
  rpc,
  startApp,
  startChain,
  startIndexer,
  stopAll,
  type RunningIndexer,
} from "../stack";

const CHAIN_PORT = Number(process.env.E2E_CHAIN_PORT ?? 8555);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3055);
const INDEXER_PORT = Number(process.env.E2E_INDEXER_PORT ?? 42055);
/** Below Ponder's 30 unfinalised blocks, with room for the blocks mined to make it notice the revert. */
const REINDEX_AFTER_BLOCKS = 25n;
/** Chain seconds beyond wall-clock seconds that count as time travel (automine runs a little ahead). */
const TIME_TRAVEL_SLACK_S = 60n;

async function head(url: string): Promise<{ number: bigint; timestamp: bigint }> {
  const block = await rpc<{ number: string; timestamp: string }>(url, "eth_getBlockByNumber", [
    "latest",
    false,
  ]);
  return { number: BigInt(block.number), timestamp: BigInt(block.timestamp) };
}

function runFile(file: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise<number>((resolve) => {
    const child = spawn("node", ["--import", "tsx", "--test", file, ...process.argv.slice(2)], {
      stdio: "inherit",
      env,
    });
    child.on("exit", (c) => resolve(c ?? 1));
  });
}

/** A file, or a `dir/*.e2e.ts`-style pattern (a `*` in the file name only), as a sorted list of files. */
function expand(pattern: string): string[] {
  const name = path.basename(pattern);
  if (!name.includes("*")) return [pattern];
  const matcher = new RegExp(
    `^${name
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  const dir = path.dirname(pattern);
  return readdirSync(dir)
    .filter((file) => matcher.test(file))
    .sort()
    .map((file) => path.join(dir, file));
}

let code = 1;
try {
  const chain = await startChain(CHAIN_PORT);
  await deployAndSeed(chain.url);
  let indexer: RunningIndexer = await startIndexer(chain.url, INDEXER_PORT);
  const env = { NEXT_PUBLIC_LOCAL_RPC_URL: chain.url, NEXT_PUBLIC_INDEXER_URL: indexer.url };
  console.log("Building the app for the browser tests...");
  await buildApp(env);
  const app = await startApp("start", APP_PORT, env);
  console.log(`App ${app.url} on chain ${chain.url}`);
  const files = (process.env.E2E_FILES ?? "scripts/e2e/*.e2e.ts").split(" ").filter(Boolean).flatMap(expand);
  const testEnv = {
    ...process.env,
    E2E_BASE_URL: app.url,
    E2E_RPC_URL: chain.url,
    E2E_INDEXER_URL: indexer.url,
  };
  code = 0;
  for (const file of files) {
    const snapshot = await rpc<string>(chain.url, "evm_snapshot");
    const before = await head(chain.url);
    const started = Date.now();
    if ((await runFile(file, testEnv)) !== 0) code = 1;
    const after = await head(chain.url);
    const wallSeconds = BigInt(Math.ceil((Date.now() - started) / 1000));
    if (!(await rpc<boolean>(chain.url, "evm_revert", [snapshot])))
      throw new Error(`evm_revert after ${file}`);
    const mined = after.number - before.number;
    const travelled = after.timestamp - before.timestamp > wallSeconds + TIME_TRAVEL_SLACK_S;
    if (mined > REINDEX_AFTER_BLOCKS || travelled) {
      console.log(
        `${file} mined ${mined} blocks${travelled ? " and moved the clock" : ""}: restarting the indexer on a fresh database`,
      );
      await indexer.stop();
      indexer = await startIndexer(chain.url, INDEXER_PORT);
    } else if (mined > 0n) {
      // Mine past the indexer's head: the new blocks' parents don't match what it indexed, so it unwinds them.
      for (let i = 0n; i <= mined; i++) await rpc(chain.url, "evm_mine");
      await indexer.waitForBlock((await head(chain.url)).number);
    }
  }
} catch (error) {
  code = 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
}
process.exit(code);
