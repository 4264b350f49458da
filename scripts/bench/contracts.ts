/**
 * Loads the contract map the deploy just generated. It is imported dynamically (never statically) so the
 * file read is the one written by deployAndSeed in this run, not a stale copy from before the deploy.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

export type DeployedContracts = typeof import("../../lib/contracts/generated/deployedContracts.ts").default;
export type LocalContracts = DeployedContracts["31337"];

export async function loadLocalContracts(): Promise<LocalContracts> {
  const file = pathToFileURL(path.resolve("lib/contracts/generated/deployedContracts.ts")).href;
  const mod = (await import(`${file}?t=${Date.now()}`)) as { default: DeployedContracts };
  return mod.default["31337"];
}
