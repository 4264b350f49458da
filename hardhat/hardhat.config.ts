import { createRequire } from "node:module";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import { configVariable, defineConfig } from "hardhat/config";
import type { HttpNetworkUserConfig } from "hardhat/types/config";

const require = createRequire(import.meta.url);
const solcVersion: string = (require("solc/package.json") as { version: string }).version;

/**
 * The local solc with the optimizer at `runs` (200 everywhere; 1 and the IR pipeline where code size matters
 * more than gas).
 */
const compiler = (runs: number, viaIR = false) => ({
  version: solcVersion,
  path: require.resolve("solc/soljson.js"),
  settings: { optimizer: { enabled: true, runs }, evmVersion: "cancun", ...(viaIR ? { viaIR } : {}) },
});

/** Public chains are opt-in: each needs its RPC URL and a deployer key from the environment or keystore. */
const publicNetwork = (chainId: number, urlVariable: string): HttpNetworkUserConfig => ({
  type: "http",
  chainType: "l1",
  chainId,
  url: configVariable(urlVariable),
  accounts: [configVariable("DEPLOYER_PRIVATE_KEY")],
});

export default defineConfig({
  plugins: [hardhatToolboxViem],
  paths: {
    // Paths are relative to the project root (the folder holding package.json).
    sources: "contracts",
    tests: { nodejs: "hardhat/test", solidity: "hardhat/test" },
    cache: "hardhat/cache",
    artifacts: "hardhat/artifacts",
    // IGNITION_DIR moves the deployment journals elsewhere (the public-chain rehearsal writes to a temp folder).
    ignition: process.env.IGNITION_DIR ?? "hardhat/ignition",
  },
  solidity: {
    // solc comes from the npm `solc` package: no compiler download is needed.
    compilers: [compiler(200)],
    // The governor (OZ Governor + timelock control + keyed nonces + quadratic options, committees and deposits)
    // needs the IR pipeline to stay under the 24 KB code limit (24,356 bytes at 200 runs; the legacy pipeline
    // makes 26.5 KB even at 10 runs). The IR pipeline's function dispatch is a linear scan of the sorted
    // selectors (solidity#12688), so `castVote`, 28th, pays ~600 gas to be found.
    overrides: {
      "contracts/governance/DTAGovernor.sol": compiler(200, true),
      // The governor's invariant test compiles the governor with it: the same settings (its size and code).
      "hardhat/test/GovernanceInvariant.t.sol": compiler(200, true),
    },
    // The Security Council is a stock Safe 1.4.1: its singleton and proxy factory get artifacts so the
    // Ignition module and the tests deploy the audited code itself.
    npmFilesToBuild: [
      "@safe-global/safe-contracts/contracts/SafeL2.sol",
      "@safe-global/safe-contracts/contracts/proxies/SafeProxyFactory.sol",
    ],
  },
  networks: {
    localhost: { type: "http", chainType: "l1", url: process.env.LOCAL_RPC_URL ?? "http://127.0.0.1:8545" },
    ethereum: publicNetwork(1, "ETHEREUM_RPC_URL"),
    sepolia: publicNetwork(11155111, "SEPOLIA_RPC_URL"),
    bsc: publicNetwork(56, "BSC_RPC_URL"),
    bscTestnet: publicNetwork(97, "BSC_TESTNET_RPC_URL"),
    polygon: publicNetwork(137, "POLYGON_RPC_URL"),
    polygonAmoy: publicNetwork(80002, "POLYGON_AMOY_RPC_URL"),
  },
});
