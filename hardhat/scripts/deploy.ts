/**
 * Deploys the DTA stack with Ignition on the connected network, checks every genesis bucket landed where the
 * allocation table says, and (on a local chain) seeds demo data. Then regenerates lib/contracts.
 *   hardhat --config hardhat/hardhat.config.ts run hardhat/scripts/deploy.ts --network localhost
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { network } from "hardhat";
import DTAModule from "../ignition/modules/DTA.ts";
import { totalsByCustodian } from "../../lib/tokenomics/allocation.ts";
import { deployParameters } from "./deployParameters.ts";
import { generateContractMap } from "./generate-contracts.ts";
import { installMulticall3, seedDemoData } from "./seed.ts";

const LOCAL_CHAIN_ID = 31337;

const connection = await network.create();
const { ignition, viem } = connection;
const publicClient = await viem.getPublicClient();
const chainId = await publicClient.getChainId();
const isLocal = chainId === LOCAL_CHAIN_ID;

// A local chain is new on every start: its journal is per port (several local chains may run at once, e.g.
// the app and the browser tests) and the previous one is dropped. Public chains keep Ignition's default.
const localPort = new URL(process.env.LOCAL_RPC_URL ?? "http://127.0.0.1:8545").port || "8545";
const deploymentId = isLocal ? `local-${localPort}` : undefined;
if (deploymentId) {
  rmSync(path.resolve("hardhat/ignition/deployments", deploymentId), { recursive: true, force: true });
}

const latest = await publicClient.getBlock();
const genesisTimestamp = BigInt(process.env.GENESIS_TIMESTAMP ?? latest.timestamp);
const devAccounts = (await viem.getWalletClients()).map((w) => w.account.address);
const parameters = deployParameters(process.env, isLocal, genesisTimestamp, devAccounts);
const deployed = await ignition.deploy(DTAModule, {
  ...(deploymentId ? { deploymentId } : {}),
  parameters: { DTA: { ...parameters } },
  displayUi: false,
});

// Several custodian keys may share one contract (the BIVE swap holds two pools): compare per address.
const expectedByHolder = new Map<`0x${string}`, bigint>();
for (const [custodian, amount] of totalsByCustodian()) {
  const holder = deployed[custodian].address;
  expectedByHolder.set(holder, (expectedByHolder.get(holder) ?? 0n) + amount);
}
for (const [holder, expected] of expectedByHolder) {
  const balance = await deployed.token.read.balanceOf([holder]);
  if (balance !== expected) throw new Error(`${holder} holds ${balance}, expected ${expected}`);
}
console.log(`Deployed DTA on chain ${chainId}; genesis balances verified (token ${deployed.token.address}).`);
console.log(`Security Council Safe (guardian + compliance roles): ${deployed.council.address}`);

if (isLocal) {
  await installMulticall3(connection);
  await seedDemoData(connection, deployed);
}
await generateContractMap(deploymentId);
