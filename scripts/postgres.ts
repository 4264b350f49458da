/**
 * A throw-away PostgreSQL cluster for tests: Debian's `postgresql` binaries, a temporary data directory,
 * trust authentication on 127.0.0.1 only. Run as root, the server runs as the `postgres` user (it refuses root).
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface RunningPostgres {
  readonly databaseUrl: string;
  stop(): void;
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  return path.join(root, version, "bin");
}

export function startPostgres(port: number): RunningPostgres {
  const bin = postgresBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), "dta-postgres-"));
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? Number(execFileSync("id", ["-u", "postgres"]).toString().trim()) : undefined;
  const pgGroup = asRoot ? Number(execFileSync("id", ["-g", "postgres"]).toString().trim()) : undefined;
  if (pgUser !== undefined && pgGroup !== undefined) chownSync(dir, pgUser, pgGroup);
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args], { stdio: "pipe" })
      : execFileSync(path.join(bin, tool), args, { stdio: "pipe" });
  const data = path.join(dir, "data");
  pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  pg("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-o",
    `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off`,
    "-w",
    "start",
  ]);
  return {
    databaseUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
