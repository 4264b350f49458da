/**
 * The bench's Hardhat config: the project's config with the Solidity "tests" taken from hardhat/bench, so
 * `npm run bench` can run the gas harness there (Tally Staker's measuring method) without `npm test` running it.
 */
import { defineConfig } from "hardhat/config";
import projectConfig from "../hardhat.config.ts";

export default defineConfig({
  ...projectConfig,
  paths: { ...projectConfig.paths, tests: { nodejs: "hardhat/bench/none", solidity: "hardhat/bench" } },
});
