/**
 * `npm run test:deep`'s Hardhat config: the project's config plus a `deep` Solidity test profile that runs
 * every fuzz and invariant test at DEEP_TEST_RUNS runs (invariant sequences DEEP_TEST_DEPTH calls deep).
 * `npm test` keeps the quick default profile: the test files pin their quick figures to it with
 * `hardhat-config: default.invariant.runs = …` (an unprefixed directive would pin every profile).
 */
import { defineConfig } from "hardhat/config";
import type { SolidityTestProfileUserConfig } from "hardhat/types/test";
import projectConfig from "../hardhat.config.ts";

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

const runs = positiveInteger("DEEP_TEST_RUNS", 10_000);
const depth = positiveInteger("DEEP_TEST_DEPTH", 60);

const solidity = projectConfig.test?.solidity;
const profiles: Record<string, SolidityTestProfileUserConfig> =
  solidity !== undefined && "profiles" in solidity ? solidity.profiles : { default: solidity ?? {} };
const quick = profiles.default ?? {};

export default defineConfig({
  ...projectConfig,
  test: {
    ...projectConfig.test,
    solidity: {
      profiles: {
        ...profiles,
        default: quick,
        deep: { ...quick, fuzz: { ...quick.fuzz, runs }, invariant: { ...quick.invariant, runs, depth } },
      },
    },
  },
  // Test doubles are not product code: they are neither instrumented nor held to the coverage target.
  coverage: {
    ...projectConfig.coverage,
    skipFiles: [...(projectConfig.coverage?.skipFiles ?? []), "contracts/mocks/**"],
  },
});
