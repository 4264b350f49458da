/**
 * Gas used per user-facing contract operation, on the fresh bench chain. To add rows for a new feature,
 * write scripts/bench/gas/<feature>.ts exporting a GasCase[] and append it to CASES below.
 */
import { createGasContext, type GasCase } from "./gas/context.ts";
import { governanceCases } from "./gas/governance.ts";
import { governanceReferenceCases } from "./gas/governanceReference.ts";
import { dataCases } from "./gas/data.ts";
import { runHarnessBench } from "./gas/harness.ts";
import { marketplaceCases } from "./gas/marketplace.ts";
import { multicallCases } from "./gas/multicall.ts";
import { revenueCases } from "./gas/revenue.ts";
import { stakingCases } from "./gas/staking.ts";
import { streamCases } from "./gas/streams.ts";
import { swapCases } from "./gas/swap.ts";
import { tokenCases } from "./gas/token.ts";
import { twinCases } from "./gas/twins.ts";
import { vestingCases } from "./gas/vesting.ts";
import { printTable, thousands, type Cell } from "./table.ts";

// Order matters: staking moves the chain clock, so swap (90-day bonus window) runs before it.
const CASES: readonly GasCase[] = [
  ...tokenCases,
  ...multicallCases,
  ...swapCases,
  ...stakingCases,
  ...vestingCases,
  ...revenueCases,
  ...twinCases,
  ...marketplaceCases,
  ...governanceCases,
  ...governanceReferenceCases,
  ...dataCases,
  ...streamCases,
];

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 100);
}

/** Runs every case in order (one failing case is reported in its row, the rest still run). */
export async function runGasBench(rpcUrl: string): Promise<void> {
  const ctx = await createGasContext(rpcUrl);
  const rows: Cell[][] = [];
  for (const gasCase of CASES) {
    try {
      await gasCase.setup?.(ctx);
      const receipt = await gasCase.run(ctx);
      rows.push([gasCase.name, thousands(receipt.gasUsed), gasCase.note ?? ""]);
    } catch (error) {
      rows.push([gasCase.name, "error", message(error)]);
    }
  }
  printTable("Gas per operation (fresh local chain)", ["operation", "gas used", "notes"], rows);
  await runHarnessBench();
}
