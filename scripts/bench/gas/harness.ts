/**
 * DTAStaking measured the way Tally Staker's published gas report is measured
 * (hardhat/bench/StakingGasHarness.t.sol: one Solidity test transaction, a slot warmer first, a fresh staker per
 * scenario, `vm.lastCallGas()`), next to Tally's figures. The real-transaction rows of the main gas table pay what a user pays instead: 21,000
 * intrinsic gas, cold storage and a new block per transaction. DTAStreams is measured the same way next to Sablier
 * Flow's figures, the way Sablier's own benchmark measured them (hardhat/bench/StreamsGasHarness.t.sol).
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { printTable, thousands, type Cell } from "../table.ts";

const HARNESS_CONFIG = "hardhat/bench/hardhat.config.ts";

/** Tally Staker's published figures (the anchors of the staking issue), by harness scenario. */
const TALLY: Readonly<Record<string, number>> = {
  "First stake (fresh staker, NFT mint)": 331_255,
  "Further stake (second position, same staker)": 164_973,
  "Stake more (top up the position)": 164_973,
  "Claim (7 days of rewards)": 165_132,
  "Full withdraw (unstake after unlock)": 110_825,
};

/**
 * Sablier Flow's anchors from the streams issue (create 124,330, withdraw 40,990), by harness scenario; the notes
 * give Sablier's last published figures (benchmark/results/SablierFlow.md before its removal in #393).
 */
const SABLIER: Readonly<Record<string, readonly [number | undefined, string]>> = {
  "Stream open (create + deposit)": [
    124_330,
    "includes the deposit; Sablier's create has none (last published 114,871, its deposit 33,165)",
  ],
  "Stream deposit (top up)": [undefined, "Sablier deposit: 33,165 (last published)"],
  "Stream pause": [undefined, "Sablier pause: 7,828 (last published)"],
  "Stream resume": [undefined, "Sablier restart: 7,150 (last published)"],
  "Stream stop (solvent: pay + refund)": [
    undefined,
    "pays and refunds; Sablier's void moves no tokens (10,246)",
  ],
  "Stream withdraw (insolvent stream)": [undefined, "Sablier withdraw (insolvent): 58,310 (last published)"],
  "Stream withdraw (solvent stream)": [40_990, "Sablier's last published: 38,777"],
  "Stream withdrawMax": [undefined, "Sablier withdrawMax: 52,538 (last published)"],
};

interface HarnessFigure {
  readonly scenario: string;
  readonly gas: number;
  readonly refund: number;
}

/** Reads the `GAS|<scenario>| <gas> <refund>` lines the harness logs. */
function parseHarnessOutput(output: string): HarnessFigure[] {
  const figures: HarnessFigure[] = [];
  for (const line of output.split("\n")) {
    const match = /^GAS\|(.+)\|\s+(\d+)\s+(\d+)\s*$/.exec(line.trim());
    if (match) figures.push({ scenario: match[1]!, gas: Number(match[2]), refund: Number(match[3]) });
  }
  return figures;
}

/** Runs the harness with Hardhat's Solidity test runner and prints its figures against Tally's. */
export async function runHarnessBench(): Promise<void> {
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/hardhat"),
    ["--config", HARNESS_CONFIG, "test", "solidity"],
    { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: "0" } },
  );
  const all = parseHarnessOutput(stdout);
  if (all.length === 0) throw new Error(`The gas harness printed no figures:\n${stdout.slice(-2000)}`);
  const figures = all.filter(({ scenario }) => !scenario.startsWith("Stream "));
  const rows: Cell[][] = figures.map(({ scenario, gas, refund }) => {
    const tally = TALLY[scenario];
    return [
      scenario,
      thousands(gas),
      tally === undefined ? "-" : thousands(tally),
      tally === undefined ? "-" : gas < tally ? "beats" : "OVER",
      [
        scenario.startsWith("Stake more") ? "Tally's own stake-more scenario: 95,257–97,307" : "",
        refund > 0 ? `refund counter ${thousands(refund)}, not subtracted` : "",
      ]
        .filter(Boolean)
        .join("; "),
    ];
  });
  printTable(
    "Staking gas, Tally Staker's measuring method (one test tx, warm slots, no intrinsic gas)",
    ["scenario", "DTAStaking", "Tally Staker", "", "notes"],
    rows,
  );
  printTable(
    "Streams gas, Sablier Flow's measuring method (hardhat/bench/StreamsGasHarness.t.sol: gasleft() around the call)",
    ["scenario", "DTAStreams", "Sablier Flow", "", "notes"],
    all
      .filter(({ scenario }) => scenario.startsWith("Stream "))
      .map(({ scenario, gas }) => {
        const [anchor, note] = SABLIER[scenario] ?? [undefined, ""];
        return [
          scenario,
          thousands(gas),
          anchor === undefined ? "-" : thousands(anchor),
          anchor === undefined ? "-" : gas < anchor ? "beats" : "OVER",
          note,
        ];
      }),
  );
}
