/**
 * `npm run dev`: a fresh local Hardhat chain, every contract deployed and seeded, the typed contract map
 * regenerated, the event indexer on a fresh database, and the app served with hot reload at
 * http://localhost:3000. Ctrl-C stops everything.
 */
import { createPublicClient, createWalletClient, http } from "viem";
import { hardhat } from "viem/chains";
import { formatDta, formatNative } from "../lib/format";
import { deployAndSeed, startApp, startChain, startIndexer, stopAll } from "./stack";

const CHAIN_PORT = Number(process.env.CHAIN_PORT ?? 8545);
const APP_PORT = Number(process.env.PORT ?? 3000);
const INDEXER_PORT = Number(process.env.INDEXER_PORT ?? 42069);

async function printDevAccounts(rpcUrl: string): Promise<void> {
  const client = createPublicClient({ chain: hardhat, transport: http(rpcUrl) });
  // The app's dev wallet offers the node's twenty unlocked accounts (#10–#18 own the committee Safes).
  const accounts = (
    await createWalletClient({ chain: hardhat, transport: http(rpcUrl) }).getAddresses()
  ).slice(0, 20);
  const { default: contracts } = await import("../lib/contracts/generated/deployedContracts");
  const token = contracts["31337"].DTAToken;
  console.log("\nDev accounts (the app's Local dev wallet can switch between them):");
  for (const [index, account] of accounts.entries()) {
    const [dta, eth] = await Promise.all([
      client.readContract({
        address: token.address,
        abi: token.abi,
        functionName: "balanceOf",
        args: [account],
      }),
      client.getBalance({ address: account }),
    ]);
    console.log(`  #${index} ${account}  ${formatDta(dta).padStart(10)} DTA  ${formatNative(eth)} ETH`);
  }
}

try {
  console.log(`Starting a local Hardhat chain on port ${CHAIN_PORT}...`);
  const chain = await startChain(CHAIN_PORT);
  console.log("Deploying contracts with Ignition and seeding demo data...");
  await deployAndSeed(chain.url, false);
  await printDevAccounts(chain.url);
  console.log(
    `\nStarting the event indexer (Ponder, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})...`,
  );
  const indexer = await startIndexer(chain.url, INDEXER_PORT, { databaseUrl: process.env.DATABASE_URL });
  console.log(`  Indexer ready at ${indexer.url}`);
  console.log(`\nStarting the app...`);
  const app = await startApp(
    "dev",
    APP_PORT,
    { NEXT_PUBLIC_LOCAL_RPC_URL: chain.url, NEXT_PUBLIC_INDEXER_URL: indexer.url },
    false,
  );
  console.log(`\n  Chain    ${chain.url} (chain id 31337)`);
  console.log(`  Indexer  ${indexer.url}`);
  console.log(`  DTA dApp ready at ${app.url}. Ctrl-C stops everything.\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
}
