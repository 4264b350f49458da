/**
 * The local stack as code: a Hardhat chain, the deploy + seed + contract-map step, the Ponder indexer and the
 * Next.js server.
 * Used by `npm run dev`, the browser tests and the benchmarks, so all three run exactly the same setup.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { addCompileHints, distDir } from "./compileHints.ts";

const BIN = path.resolve("node_modules/.bin");
const HARDHAT_CONFIG = "hardhat/hardhat.config.ts";

export interface Running {
  readonly url: string;
  stop(): Promise<void>;
}

/** Extra environment for a child process (merged over this process's environment). */
export type Env = Record<string, string | undefined>;

const children = new Set<ChildProcess>();

function run(command: string, args: string[], env: Env, quiet: boolean): ChildProcess {
  const child = spawn(path.join(BIN, command), args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    detached: true,
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

/** The first free TCP port from `from` on (within 100). */
export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await isFree(port)) return port;
  throw new Error(`No free port in ${from}–${from + 99}`);
}

/** Stops every process this module started (also on Ctrl-C of the parent). */
export async function stopAll(): Promise<void> {
  await Promise.all([...children].map(stopChild));
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

/**
 * Starts a fresh Hardhat chain on 127.0.0.1:`port`: chain id 31337, or `chainId` to stand in for a public
 * chain (the public-chain rehearsal uses 97, BSC testnet).
 */
export async function startChain(port = 8545, quiet = true, chainId?: number): Promise<Running> {
  const url = `http://127.0.0.1:${port}`;
  const child = run(
    "hardhat",
    [
      ...["--config", HARDHAT_CONFIG, "node", "--hostname", "127.0.0.1", "--port", String(port)],
      ...(chainId === undefined ? [] : ["--chain-id", String(chainId)]),
    ],
    {},
    quiet,
  );
  await waitFor(
    async () => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      });
      return res.ok;
    },
    `the Hardhat chain at ${url}`,
    60_000,
  );
  return { url, stop: () => stopChild(child) };
}

/** Compiles, deploys every contract with Ignition, seeds demo data and regenerates lib/contracts. */
export async function deployAndSeed(rpcUrl: string, quiet = true): Promise<void> {
  await deploy("localhost", { LOCAL_RPC_URL: rpcUrl }, quiet);
}

/** Adds the scale seed (hardhat/scripts/seedScale.ts: > 10,000 indexed events) to a deployed local chain. */
export async function seedScale(rpcUrl: string, env: Env = {}, quiet = true): Promise<void> {
  await hardhatTask(
    ["run", "hardhat/scripts/seedScale.ts", "--network", "localhost"],
    { LOCAL_RPC_URL: rpcUrl, ...env },
    quiet,
    "Scale seed",
  );
}

/** Runs hardhat/scripts/deploy.ts on a Hardhat network of the config (a public one takes its env variables). */
export async function deploy(networkName: string, env: Env, quiet = true): Promise<void> {
  await hardhatTask(["run", "hardhat/scripts/deploy.ts", "--network", networkName], env, quiet, "Deploy");
}

/** Runs a Hardhat task with the project's config and waits for it; throws with its output if it fails. */
export async function hardhatTask(
  args: string[],
  env: Env = {},
  quiet = true,
  what = "Hardhat",
): Promise<void> {
  const child = run("hardhat", ["--config", HARDHAT_CONFIG, ...args], env, quiet);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`${what} failed (exit ${code}):\n${output}`);
}

export interface IndexerOptions {
  /** PostgreSQL connection string; without it the indexer uses PGlite in a fresh directory under .stack/. */
  readonly databaseUrl?: string;
  /** Database schema (Postgres: must be unused; default a new one per start). */
  readonly schema?: string;
  readonly quiet?: boolean;
  /** Extra environment for the indexer (e.g. INDEXER_WS_URL), over this process's. */
  readonly env?: Env;
  /** How long the backfill may take before /ready must answer (default 180 s; scale benches need more). */
  readonly readyTimeoutMs?: number;
}

export interface RunningIndexer extends Running {
  /** Resolves once the indexer has processed `block` (throws after `timeoutMs`). */
  waitForBlock(block: bigint, timeoutMs?: number): Promise<void>;
}

/** The block the indexer has reached on the local chain, from Ponder's /status route (undefined before it has one). */
export async function indexedBlock(indexerUrl: string): Promise<bigint | undefined> {
  const res = await fetch(`${indexerUrl}/status`);
  if (!res.ok) return undefined;
  const status = (await res.json()) as Record<string, { block?: { number?: number } } | undefined>;
  const number = status.local?.block?.number;
  return typeof number === "number" ? BigInt(number) : undefined;
}

/** One JSON-RPC call to the chain; throws the node's error (or a missing result) as an Error. */
export async function rpc<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error || body.result === undefined)
    throw new Error(`${method}: ${body.error?.message ?? "no result"}`);
  return body.result;
}

async function latestBlock(rpcUrl: string): Promise<bigint> {
  return BigInt(await rpc<string>(rpcUrl, "eth_blockNumber"));
}

/**
 * Starts the Ponder indexer (indexer/) against the chain at `rpcUrl` with a FRESH database — Ponder does not
 * notice a restarted local chain and would serve stale rows — and waits until it is ready and has indexed the
 * chain's current block (the deploy + seed). Run deployAndSeed first: the indexer reads the contract map.
 */
export async function startIndexer(
  rpcUrl: string,
  port = 42069,
  opts: IndexerOptions = {},
): Promise<RunningIndexer> {
  const url = `http://127.0.0.1:${port}`;
  const env: Env = {
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}`,
    INDEXER_RPC_URL: rpcUrl,
    // Ponder reads PORT before --port, and `npm start` sets PORT for the app.
    PORT: String(port),
    DATABASE_URL: opts.databaseUrl,
    DATABASE_PRIVATE_URL: undefined,
    ...opts.env,
  };
  if (!opts.databaseUrl) {
    const directory = path.resolve(".stack", `indexer-${port}`);
    rmSync(directory, { recursive: true, force: true });
    env.INDEXER_DATABASE_DIR = directory;
  }
  const schema = opts.schema ?? `dta_${port}_${Date.now()}`;
  const quiet = opts.quiet ?? true;
  const child = run(
    "ponder",
    ["--root", "indexer", "start", "--schema", schema, "--port", String(port), "-H", "127.0.0.1"],
    env,
    quiet,
  );
  // Keep the tail of a quiet indexer's log (and keep its pipes drained) for the error message.
  let log = "";
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-8_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`The indexer exited (code ${code}):\n${log}`))),
  );
  exited.catch(() => undefined);

  const waitForBlock = async (block: bigint, timeoutMs = 60_000) => {
    const reached = waitFor(
      async () => ((await indexedBlock(url)) ?? -1n) >= block,
      `the indexer at ${url} to reach block ${block}`,
      timeoutMs,
    );
    await Promise.race([reached, exited]).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nIndexer log:\n${log}`);
    });
  };
  const target = await latestBlock(rpcUrl);
  await Promise.race([
    waitFor(
      async () => (await fetch(`${url}/ready`)).ok,
      `the indexer at ${url}`,
      opts.readyTimeoutMs ?? 180_000,
    ),
    exited,
  ]).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nIndexer log:\n${log}`);
  });
  // Over a WebSocket (INDEXER_WS_URL) Ponder learns of blocks only from new heads: the deploy's last
  // (unfinalised) blocks are processed when the next block arrives, so give it one — an empty block, never
  // hardhat_mine (see FACTS) — and again if its subscription was not open yet. Polling needs no nudge.
  for (let nudge = 0; ((await indexedBlock(url)) ?? -1n) < target; nudge++) {
    if (nudge === 20) await waitForBlock(target); // gives up with the indexer's log
    await rpc(rpcUrl, "evm_mine");
    await waitForBlock(target, 3_000).catch(() => undefined);
  }
  return { url, stop: () => stopChild(child), waitForBlock };
}

/** Runs `next build` (production bundle) with the given public environment, then adds the compile hints. */
export async function buildApp(env: Env = {}, quiet = true): Promise<void> {
  const child = run("next", ["build"], env, quiet);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output}`);
  addCompileHints(distDir({ ...process.env, ...env }));
}

/** Serves the app with `next dev` or `next start` (after buildApp) on 127.0.0.1:`port`. */
export async function startApp(
  mode: "dev" | "start",
  port = 3000,
  env: Env = {},
  quiet = true,
): Promise<Running> {
  const url = `http://localhost:${port}`;
  const child = run("next", [mode, "--port", String(port)], env, quiet);
  await waitFor(async () => (await fetch(url)).status < 500, `the app at ${url}`, 180_000);
  return { url, stop: () => stopChild(child) };
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stopAll().then(() => process.exit(130));
  });
}
