/**
 * The local stack as code: a Hardhat chain, the deploy + seed + contract-map step, and the Next.js server.
 * Used by `npm run dev`, the browser tests and the benchmarks, so all three run exactly the same setup.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

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

/** Runs `next build` (production bundle) with the given public environment. */
export async function buildApp(env: Env = {}, quiet = true): Promise<void> {
  const child = run("next", ["build"], env, quiet);
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output}`);
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
