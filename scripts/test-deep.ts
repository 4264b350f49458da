/**
 * `npm run test:deep [-- --runs=N --depth=N]`: the deep contract checks `npm test` is too quick for.
 *  1. Every Solidity fuzz and invariant test at ≥ 10,000 runs (Hardhat's `deep` test profile,
 *     hardhat/deep/hardhat.config.ts; invariant sequences 60 calls deep).
 *  2. Every contract test (TypeScript + Solidity, quick profile) under coverage instrumentation; gas-ceiling
 *     assertions skip themselves there (hardhat/fixtures/coverage.ts).
 * Then prints runs and failures per test and suite, line coverage per contract, and the non-mock contracts
 * below 95%. Exits non-zero on any failed test, any fuzz/invariant test below the runs target (an unprefixed
 * `hardhat-config:` directive pins every profile) or any non-mock contract below 95% of its lines.
 */
import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { printTable, thousands } from "./bench/table.ts";
import {
  isFuzzOrInvariant,
  linePercent,
  lineRanges,
  parseLcov,
  parseRunTotals,
  parseSolidityResults,
  type FileCoverage,
  type SolidityTestResult,
} from "./deep/report.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const HARDHAT = ["hardhat", "--config", "hardhat/deep/hardhat.config.ts"];
const TARGET_RUNS = 10_000;
const COVERAGE_TARGET_PERCENT = 95;
const LCOV = path.join(ROOT, "coverage", "lcov.info");

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg === undefined ? fallback : Number(arg.slice(name.length + 3));
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
  return value;
}

/** Runs a command, streaming its output, and resolves with its exit code and everything it printed. */
function run(
  title: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npx", args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env });
    let output = "";
    const tee = (chunk: Buffer, to: NodeJS.WriteStream) => {
      output += chunk.toString();
      to.write(chunk);
    };
    child.stdout.on("data", (c: Buffer) => tee(c, process.stdout));
    child.stderr.on("data", (c: Buffer) => tee(c, process.stderr));
    child.on("exit", (code) => {
      const minutes = ((Date.now() - started) / 60_000).toFixed(1);
      console.log(`━━ ${title}: exit ${code ?? 1} after ${minutes} min`);
      resolve({ code: code ?? 1, output });
    });
  });
}

const suiteName = (suite: string): string => suite.split(":").at(-1) ?? suite;

function printSolidityResults(results: readonly SolidityTestResult[], runsTarget: number): string[] {
  const problems: string[] = [];
  const rows = results.map((r) => {
    const fuzzed = isFuzzOrInvariant(r.name);
    const runs = r.runs === undefined ? "-" : thousands(r.runs);
    let note = "";
    if (r.status === "failed") {
      note = "FAILED";
      problems.push(`${suiteName(r.suite)}.${r.name} failed`);
    } else if (fuzzed && r.status === "passed" && (r.runs ?? 0) < runsTarget) {
      note = `BELOW ${thousands(runsTarget)} runs`;
      problems.push(
        `${suiteName(r.suite)}.${r.name} ran ${runs} times: prefix its inline directive with "default."`,
      );
    }
    return [suiteName(r.suite), r.name, fuzzed ? runs : "(not fuzzed)", r.status, note];
  });
  printTable("Solidity tests at the deep profile", ["suite", "test", "runs", "result", "note"], rows);

  const suites = [...new Set(results.map((r) => r.suite))];
  const suiteRows = suites.map((suite) => {
    const tests = results.filter((r) => r.suite === suite);
    const fuzzed = tests.filter((r) => isFuzzOrInvariant(r.name));
    const runs = fuzzed.flatMap((r) => (r.runs === undefined ? [] : [r.runs]));
    return [
      suite,
      tests.length,
      fuzzed.length,
      runs.length > 0 ? thousands(Math.min(...runs)) : "-",
      thousands(runs.reduce((sum, n) => sum + n, 0)),
      tests.filter((r) => r.status === "failed").length,
    ];
  });
  printTable(
    "Per suite",
    ["suite", "tests", "fuzz/invariant", "min runs", "total runs", "failures"],
    suiteRows,
  );
  return problems;
}

const percent = (f: FileCoverage): string => `${linePercent(f).toFixed(2)}%`;

function printCoverage(files: readonly FileCoverage[]): string[] {
  const contracts = files.filter((f) => f.file.startsWith("contracts/"));
  const isMock = (f: FileCoverage) => f.file.startsWith("contracts/mocks/");
  const below = contracts.filter((f) => !isMock(f) && linePercent(f) < COVERAGE_TARGET_PERCENT);
  const rows = contracts.map((f) => [
    f.file,
    `${f.linesHit}/${f.linesFound}`,
    percent(f),
    isMock(f) ? "mock" : linePercent(f) < COVERAGE_TARGET_PERCENT ? "BELOW" : "ok",
    lineRanges(f.uncoveredLines),
  ]);
  printTable(
    `Line coverage per contract (target ≥ ${COVERAGE_TARGET_PERCENT}% on every non-mock contract)`,
    ["contract", "lines", "line %", "target", "uncovered lines"],
    rows,
  );
  console.log(`HTML report: coverage/html/index.html · lcov: coverage/lcov.info`);
  return below.map((f) => `${f.file}: ${percent(f)} of lines, uncovered ${lineRanges(f.uncoveredLines)}`);
}

async function main(): Promise<number> {
  const runs = option("runs", TARGET_RUNS);
  const depth = option("depth", 60);
  const env = { ...process.env, DEEP_TEST_RUNS: String(runs), DEEP_TEST_DEPTH: String(depth) };
  const problems: string[] = [];
  const started = Date.now();

  const deep = await run(
    `Solidity fuzz + invariant tests at ${thousands(runs)} runs (invariant depth ${depth})`,
    [...HARDHAT, "test", "solidity", "--test-profile", "deep"],
    env,
  );
  const results = parseSolidityResults(deep.output);
  if (deep.code !== 0 && !results.some((r) => r.status === "failed")) {
    problems.push(`the deep Solidity run exited ${deep.code}`);
  }
  if (results.length === 0) problems.push("the deep Solidity run reported no test");

  await rm(LCOV, { force: true }); // never report a stale run
  const covered = await run(
    "Every contract test under coverage instrumentation",
    [...HARDHAT, "test", "--coverage"],
    env,
  );
  const totals = parseRunTotals(covered.output);
  if (covered.code !== 0 && totals.failing === 0) problems.push(`the coverage run exited ${covered.code}`);
  if (totals.failing > 0) problems.push(`${totals.failing} contract test(s) failed under coverage`);
  const files = parseLcov(await readFile(LCOV, "utf8").catch(() => ""));
  if (files.length === 0) problems.push("no coverage report was written (coverage/lcov.info)");

  problems.unshift(...printSolidityResults(results, runs));
  console.log(
    `\nContract tests under coverage: ${totals.passing} passing, ${totals.failing} failing,` +
      ` ${totals.skipped} skipped (gas ceilings do not hold on instrumented bytecode)`,
  );
  problems.push(...printCoverage(files));

  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  if (runs < TARGET_RUNS)
    console.log(`\nNote: --runs=${runs} is below the ${thousands(TARGET_RUNS)} target.`);
  if (problems.length === 0) {
    console.log(`\ntest:deep passed in ${minutes} min.`);
    return 0;
  }
  console.log(`\ntest:deep FAILED in ${minutes} min:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return 1;
}

process.exit(await main());
