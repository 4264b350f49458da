/**
 * Rehearses a public deployment locally, exactly as README describes it for BSC testnet: a Hardhat node with
 * chain id 97 stands in for the public chain; the deploy runs with `--network bscTestnet`, a private key in
 * DEPLOYER_PRIVATE_KEY and the RPC in BSC_TESTNET_RPC_URL (signed locally, no unlocked account, no
 * impersonation), governance roles from the environment; then the app is built with NEXT_PUBLIC_CHAIN=bscTestnet
 * and publicChain.check.ts checks the chain and the dashboard in Chromium.
 *
 * Only what a real BSC testnet already has is prepared on the node first: Multicall3 at its canonical address
 * and a legacy BIVE token. Nothing tracked changes: Ignition's journal and the contract map go to a temp folder,
 * the app builds into its own dist folder, and the committed map is restored byte for byte after the build.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp, deploy, hardhatTask, startApp, startChain, stopAll, type Env } from "../stack";
import { CONTRACT_MAP } from "../../hardhat/scripts/generate-contracts";
import { MULTICALL3_ADDRESS } from "../../lib/chains";
import { REHEARSAL_CHAIN_ID, ROLES, devAccount, devPrivateKey, rehearsalClients } from "./accounts";

const CHAIN_PORT = Number(process.env.REHEARSAL_CHAIN_PORT ?? 8572);
const APP_PORT = Number(process.env.REHEARSAL_APP_PORT ?? 3072);
const DIST_DIR = ".next-rehearsal";
/** BIVE the rehearsal's legacy holder starts with (18 decimals). */
const HOLDER_BIVE = 1_000n * 10n ** 18n;

interface Artifact {
  abi: readonly unknown[];
  bytecode: `0x${string}`;
  deployedBytecode: `0x${string}`;
}
const artifact = (file: string): Artifact =>
  JSON.parse(readFileSync(path.resolve("hardhat/artifacts/contracts", file), "utf8")) as Artifact;

function trackedChanges(): string {
  const result = spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout : "";
}

/** What BSC testnet already has before our deploy: Multicall3 and the legacy BIVE token (with one holder). */
async function preparePublicChain(rpcUrl: string): Promise<`0x${string}`> {
  const { publicClient, walletClient, testClient } = rehearsalClients(rpcUrl, ROLES.biveHolder);
  // The node's own set-code method stands in for Multicall3's long-standing deployment on every public chain.
  await testClient.setCode({
    address: MULTICALL3_ADDRESS,
    bytecode: artifact("utils/Multicall3.sol/Multicall3.json").deployedBytecode,
  });
  const bive = artifact("swap/LegacyBIVE.sol/LegacyBIVE.json");
  const hash = await walletClient.deployContract({
    abi: bive.abi,
    bytecode: bive.bytecode,
    args: [[devAccount(ROLES.biveHolder).address], [HOLDER_BIVE]],
  });
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (!receipt.contractAddress) throw new Error("legacy BIVE was not deployed");
  return receipt.contractAddress;
}

/** The deploy's environment: only what README lists for a public chain. */
function publicDeployEnv(rpcUrl: string, bive: `0x${string}`, workDir: string): Env {
  const address = (index: number) => devAccount(index).address;
  return {
    DEPLOYER_PRIVATE_KEY: devPrivateKey(ROLES.deployer),
    BSC_TESTNET_RPC_URL: rpcUrl,
    TIMELOCK_PROPOSERS: address(ROLES.proposer),
    SECURITY_COUNCIL_OWNERS: ROLES.councilOwners.map(address).join(","),
    TECHNICAL_COMMITTEE_OWNERS: ROLES.technicalCommittee.map(address).join(","),
    ECONOMIC_COMMITTEE_OWNERS: ROLES.economicCommittee.map(address).join(","),
    PARTNERSHIP_COUNCIL_OWNERS: ROLES.partnershipCouncil.map(address).join(","),
    VESTING_CORE_TEAM_BENEFICIARY: address(ROLES.vestingCoreTeam),
    VESTING_ADVISORS_BENEFICIARY: address(ROLES.vestingAdvisors),
    VESTING_EARLY_CONTRIBUTORS_BENEFICIARY: address(ROLES.vestingEarlyContributors),
    BIVE_TOKEN_ADDRESS: bive,
    // Rehearsal only: keep the journal and the contract map out of the repository.
    IGNITION_DIR: path.join(workDir, "ignition"),
    CONTRACT_MAP_OUTPUT: path.join(workDir, "deployedContracts.ts"),
  };
}

/** Builds the app against chain 97: the committed map is swapped for the rehearsal's only during the build. */
async function buildForPublicChain(rehearsalMap: string, env: Env): Promise<void> {
  const committed = readFileSync(CONTRACT_MAP);
  const restore = () => writeFileSync(CONTRACT_MAP, committed);
  process.once("exit", restore); // also when the run is interrupted
  copyFileSync(rehearsalMap, CONTRACT_MAP);
  try {
    await buildApp(env);
  } finally {
    restore();
    process.removeListener("exit", restore);
  }
}

const before = trackedChanges();
const workDir = mkdtempSync(path.join(tmpdir(), "dta-rehearsal-"));
let code = 1;
try {
  await hardhatTask(["compile"], {}, true, "Compile");
  const chain = await startChain(CHAIN_PORT, true, REHEARSAL_CHAIN_ID);
  const bive = await preparePublicChain(chain.url);
  const deployEnv = publicDeployEnv(chain.url, bive, workDir);
  console.log(`Deploying to chain ${REHEARSAL_CHAIN_ID} at ${chain.url} with --network bscTestnet...`);
  await deploy("bscTestnet", deployEnv);
  const appEnv: Env = {
    NEXT_PUBLIC_CHAIN: "bscTestnet",
    NEXT_PUBLIC_RPC_URL: chain.url,
    NEXT_DIST_DIR: DIST_DIR,
  };
  console.log(`Building the app for bscTestnet into ${DIST_DIR}...`);
  await buildForPublicChain(deployEnv.CONTRACT_MAP_OUTPUT!, appEnv);
  const app = await startApp("start", APP_PORT, appEnv);
  console.log(`App ${app.url} on chain ${REHEARSAL_CHAIN_ID} at ${chain.url}`);
  code = await new Promise<number>((resolve) => {
    const child = spawn(
      "node",
      ["--import", "tsx", "--test", "--test-concurrency=1", "scripts/rehearsal/publicChain.check.ts"],
      {
        stdio: "inherit",
        env: {
          ...process.env,
          E2E_BASE_URL: app.url,
          REHEARSAL_RPC_URL: chain.url,
          REHEARSAL_CONTRACT_MAP: deployEnv.CONTRACT_MAP_OUTPUT,
        },
      },
    );
    child.on("exit", (c) => resolve(c ?? 1));
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
  rmSync(workDir, { recursive: true, force: true });
}
const after = trackedChanges();
if (after !== before) {
  console.error(`The rehearsal changed files in the repository:\n${after}`);
  code = 1;
}
process.exit(code);
