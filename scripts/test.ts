/**
 * `npm test`: runs every stage in order, streams its output, and ends with one summary line
 * "N passed, N failed". Exits non-zero if any stage fails. `npm test -- --only unit,e2e` (or `--only=unit,e2e`)
 * runs a subset; an unknown stage is refused (scripts/testArgs.ts). First it installs the system packages the
 * selected stages need and the machine lacks (scripts/ensure-system.sh).
 */
import { spawn, spawnSync } from "node:child_process";
import { selectStages } from "./testArgs";

interface Stage {
  readonly id: string;
  readonly title: string;
  readonly command: string;
  readonly args: readonly string[];
  /** Debian packages the stage needs (scripts/ensure-system.sh installs the missing ones). */
  readonly needs?: readonly ("chromium" | "postgresql")[];
}

const HARDHAT = ["hardhat", "--config", "hardhat/hardhat.config.ts"];
const STAGES: readonly Stage[] = [
  { id: "compile", title: "Compile contracts", command: "npx", args: [...HARDHAT, "compile"] },
  { id: "types", title: "TypeScript (strict)", command: "npx", args: ["tsc", "--noEmit", "-p", "."] },
  { id: "eslint", title: "ESLint", command: "npx", args: ["eslint", ".", "--max-warnings", "0"] },
  { id: "prettier", title: "Prettier", command: "npx", args: ["prettier", "--check", "."] },
  {
    id: "solhint",
    title: "solhint",
    command: "npx",
    args: ["solhint", "--max-warnings", "0", "contracts/**/*.sol"],
  },
  {
    id: "contracts",
    title: "Contract tests (TypeScript + Solidity)",
    command: "npx",
    args: [...HARDHAT, "test"],
  },
  {
    id: "unit",
    title: "Unit tests (lib, scripts)",
    command: "node",
    args: ["--import", "tsx", "--test", "lib/**/*.test.ts", "scripts/**/*.test.ts"],
  },
  {
    id: "indexer",
    title: "Indexer (Ponder) on a local chain, PGlite and PostgreSQL",
    command: "npx",
    args: ["tsx", "scripts/indexer-test.ts"],
    needs: ["postgresql"],
  },
  {
    id: "e2e",
    title: "Browser end-to-end tests",
    command: "npx",
    args: ["tsx", "scripts/e2e/run.ts"],
    needs: ["chromium"],
  },
  {
    id: "public",
    title: "Public-chain rehearsal (chain 97: deploy, genesis checks, app build, browser)",
    command: "npx",
    args: ["tsx", "scripts/rehearsal/run.ts"],
    needs: ["chromium"],
  },
];

/** Counts from the runners' own summaries: node:test ("ℹ pass N"), Hardhat's Solidity runner ("N passing"). */
function countResults(output: string): { passed: number; failed: number } {
  const clean = output.replace(/\x1b\[[0-9;]*m/g, "");
  const sum = (re: RegExp) => [...clean.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  return {
    passed: sum(/^\s*(?:ℹ|#) pass (\d+)/gm) + sum(/^\s*(\d+) passing/gm),
    failed: sum(/^\s*(?:ℹ|#) fail (\d+)/gm) + sum(/^\s*(\d+) failing/gm),
  };
}

function runStage(stage: Stage): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    let output = "";
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on("data", (c: Buffer) => tee(c, process.stdout));
    child.stderr.on("data", (c: Buffer) => tee(c, process.stderr));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

const selection = selectStages(
  process.argv.slice(2),
  STAGES.map((s) => s.id),
);
if (!selection.ok) {
  console.error(`npm test: ${selection.message}`);
  process.exit(2);
}
const stages = STAGES.filter((s) => selection.stages.includes(s.id));
const needs = [...new Set(stages.flatMap((s) => s.needs ?? []))];
if (needs.length > 0) spawnSync("sh", ["scripts/ensure-system.sh", ...needs], { stdio: "inherit" });

let passed = 0;
let failed = 0;
const failedStages: string[] = [];
for (const stage of stages) {
  console.log(`\n━━ ${stage.title} ━━`);
  const started = Date.now();
  const result = await runStage(stage);
  const counts = countResults(result.output);
  passed += counts.passed;
  failed += counts.failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.code !== 0) {
    failedStages.push(stage.title);
    if (counts.failed === 0) failed += 1; // a check that failed without a test count still counts once
  }
  console.log(
    `━━ ${stage.title}: ${result.code === 0 ? "ok" : `FAILED (exit ${result.code})`} in ${seconds}s`,
  );
}

console.log(`\nStages failed: ${failedStages.length ? failedStages.join(", ") : "none"}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStages.length ? 1 : 0);
