/**
 * Ponder configuration: the addresses, ABIs and deployment blocks come from the same generated contract map
 * the app uses (lib/contracts/generated/deployedContracts.ts), so a redeploy needs no edit here.
 *
 * Environment:
 * - INDEXER_RPC_URL  JSON-RPC endpoint (default http://127.0.0.1:8545, the local Hardhat node)
 * - INDEXER_WS_URL   optional WebSocket endpoint for new heads (lower latency). Off by default: in a long
 *                    browser-test run, live indexing over Hardhat's WebSocket stalled after an idle build;
 *                    polling did not.
 * - INDEXER_POLLING_MS  polling interval for new blocks without a WebSocket (default 250)
 * - DATABASE_URL     PostgreSQL connection string; without it the embedded PGlite is used
 * - INDEXER_DATABASE_DIR  PGlite directory (default indexer/.ponder/pglite). A fresh chain needs a fresh one.
 */
import path from "node:path";
import { createConfig } from "ponder";
import deployedContracts from "../lib/contracts/generated/deployedContracts";

const deployed = deployedContracts["31337"];
const rpcUrl = process.env.INDEXER_RPC_URL ?? "http://127.0.0.1:8545";
const wsUrl = process.env.INDEXER_WS_URL || undefined;
const pollingInterval = Number(process.env.INDEXER_POLLING_MS ?? 250);

const database = process.env.DATABASE_URL
  ? ({ kind: "postgres", connectionString: process.env.DATABASE_URL } as const)
  : ({
      kind: "pglite",
      directory: process.env.INDEXER_DATABASE_DIR ?? path.join(import.meta.dirname, ".ponder", "pglite"),
    } as const);

export default createConfig({
  database,
  chains: {
    local: { id: 31337, rpc: rpcUrl, ws: wsUrl, pollingInterval },
  },
  contracts: {
    DTAToken: {
      chain: "local",
      abi: deployed.DTAToken.abi,
      address: deployed.DTAToken.address,
      startBlock: deployed.DTAToken.deployedOnBlock,
    },
    DTAStaking: {
      chain: "local",
      abi: deployed.DTAStaking.abi,
      address: deployed.DTAStaking.address,
      startBlock: deployed.DTAStaking.deployedOnBlock,
    },
    BiveSwap: {
      chain: "local",
      abi: deployed.BiveSwap.abi,
      address: deployed.BiveSwap.address,
      startBlock: deployed.BiveSwap.deployedOnBlock,
    },
    TwinRegistry: {
      chain: "local",
      abi: deployed.TwinRegistry.abi,
      address: deployed.TwinRegistry.address,
      startBlock: deployed.TwinRegistry.deployedOnBlock,
    },
    DataContributions: {
      chain: "local",
      abi: deployed.DataContributions.abi,
      address: deployed.DataContributions.address,
      startBlock: deployed.DataContributions.deployedOnBlock,
    },
    DTAStreams: {
      chain: "local",
      abi: deployed.DTAStreams.abi,
      address: deployed.DTAStreams.address,
      startBlock: deployed.DTAStreams.deployedOnBlock,
    },
    AIMarketplace: {
      chain: "local",
      abi: deployed.AIMarketplace.abi,
      address: deployed.AIMarketplace.address,
      startBlock: deployed.AIMarketplace.deployedOnBlock,
    },
    DTAGovernor: {
      chain: "local",
      abi: deployed.DTAGovernor.abi,
      address: deployed.DTAGovernor.address,
      startBlock: deployed.DTAGovernor.deployedOnBlock,
    },
    RevenueDistributor: {
      chain: "local",
      abi: deployed.RevenueDistributor.abi,
      address: deployed.RevenueDistributor.address,
      startBlock: deployed.RevenueDistributor.deployedOnBlock,
    },
    // The three vesting wallets share one ABI (OpenZeppelin's VestingWallet).
    Vesting: {
      chain: "local",
      abi: deployed.VestingCoreTeam.abi,
      address: [
        deployed.VestingCoreTeam.address,
        deployed.VestingAdvisors.address,
        deployed.VestingEarlyContributors.address,
      ],
      startBlock: Math.min(
        deployed.VestingCoreTeam.deployedOnBlock,
        deployed.VestingAdvisors.deployedOnBlock,
        deployed.VestingEarlyContributors.deployedOnBlock,
      ),
    },
  },
});
