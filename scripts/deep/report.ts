/**
 * Reads what `npm run test:deep` ran: the runs of each Solidity fuzz/invariant test from Hardhat's Solidity
 * reporter, the totals of a `hardhat test` run, and per-contract line coverage from the lcov report that
 * `hardhat test --coverage` writes to coverage/lcov.info.
 */

export interface SolidityTestResult {
  readonly suite: string; // "hardhat/test/StakingFuzz.t.sol:StakingFuzzTest"
  readonly name: string; // "testFuzz_tierOf(uint256)"
  readonly status: "passed" | "failed" | "skipped";
  /** Runs Hardhat reports for a passing fuzz or invariant test; undefined for a plain test or a failure. */
  readonly runs: number | undefined;
}

export interface RunTotals {
  readonly passing: number;
  readonly failing: number;
  readonly skipped: number;
}

export interface FileCoverage {
  readonly file: string; // "contracts/staking/DTAStaking.sol"
  readonly linesFound: number;
  readonly linesHit: number;
  readonly uncoveredLines: readonly number[];
}

const ANSI = /\x1b\[[0-9;]*m/g;
const SUITE = /^\s*(\S+\.sol:\w+)\s*$/;
const PASSED = /^\s*✔ (\S+\(.*?\))(?: \(runs: (\d+)\))?\s*$/;
const FAILED = /^\s*\d+\) (\w+\(.*?\))\s*$/;
const SKIPPED = /^\s*- (\w+\(.*?\))\s*$/;

/** Every test the Solidity reporter listed, in order, under the suite it belongs to. */
export function parseSolidityResults(output: string): SolidityTestResult[] {
  const results: SolidityTestResult[] = [];
  let suite: string | undefined;
  for (const line of output.replace(ANSI, "").split("\n")) {
    const header = SUITE.exec(line);
    if (header) {
      suite = header[1];
      continue;
    }
    if (suite === undefined) continue;
    const passed = PASSED.exec(line);
    const failed = passed ? null : FAILED.exec(line);
    const skipped = passed || failed ? null : SKIPPED.exec(line);
    const match = passed ?? failed ?? skipped;
    if (!match?.[1]) continue;
    const status = passed ? "passed" : failed ? "failed" : "skipped";
    const runs = passed?.[2] === undefined ? undefined : Number(passed[2]);
    results.push({ suite, name: match[1], status, runs });
  }
  return results;
}

/** Fuzz tests take parameters; invariant tests are named invariant*. */
export function isFuzzOrInvariant(name: string): boolean {
  return name.startsWith("invariant") || !name.endsWith("()");
}

/** The combined totals `hardhat test` prints last ("146 passing (18 solidity, 128 nodejs)", …). */
export function parseRunTotals(output: string): RunTotals {
  const clean = output.replace(ANSI, "");
  const last = (word: string): number => {
    const all = [...clean.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, "gm"))];
    return Number(all.at(-1)?.[1] ?? 0);
  };
  return { passing: last("passing"), failing: last("failing"), skipped: last("skipped") };
}

/** One entry per source file of an lcov tracefile (SF / DA records). */
export function parseLcov(text: string): FileCoverage[] {
  const files: FileCoverage[] = [];
  let file: string | undefined;
  let lines = new Map<number, number>();
  for (const line of text.split("\n")) {
    if (line.startsWith("SF:")) {
      file = line.slice(3).trim();
      lines = new Map();
    } else if (line.startsWith("DA:")) {
      const [lineNumber, count] = line.slice(3).split(",").map(Number);
      if (lineNumber !== undefined && count !== undefined) lines.set(lineNumber, count);
    } else if (line.trim() === "end_of_record" && file !== undefined) {
      const uncovered = [...lines].filter(([, count]) => count === 0).map(([n]) => n);
      files.push({
        file,
        linesFound: lines.size,
        linesHit: lines.size - uncovered.length,
        uncoveredLines: uncovered.sort((a, b) => a - b),
      });
      file = undefined;
    }
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** Line coverage in percent; a file with no executable line counts as fully covered. */
export function linePercent(file: FileCoverage): number {
  return file.linesFound === 0 ? 100 : (100 * file.linesHit) / file.linesFound;
}

/** [27, 28, 29, 33] → "27-29, 33". */
export function lineRanges(lines: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    ranges.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return ranges.join(", ");
}
