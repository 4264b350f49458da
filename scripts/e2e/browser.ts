/**
 * Shared pieces for the browser tests: Chromium via playwright-core, the app and chain URLs, and chain
 * helpers (time travel, balances) that talk to the same local node the app uses.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { createPublicClient, createTestClient, createWalletClient, http, type Address } from "viem";
import { hardhat } from "viem/chains";
import contracts from "../../lib/contracts/deployedContracts";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://localhost:3055";
export const RPC_URL = process.env.E2E_RPC_URL ?? "http://127.0.0.1:8555";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

export const chainClient = createPublicClient({ chain: hardhat, transport: http(RPC_URL) });

export async function devAccounts(): Promise<Address[]> {
  return createWalletClient({ chain: hardhat, transport: http(RPC_URL) }).getAddresses();
}

export function dtaBalance(account: Address): Promise<bigint> {
  const token = contracts["31337"].DTAToken;
  return chainClient.readContract({
    address: token.address,
    abi: token.abi,
    functionName: "balanceOf",
    args: [account],
  });
}

/** Moves the chain's clock forward and mines a block. */
export async function advanceTime(seconds: number): Promise<void> {
  const testClient = createTestClient({ chain: hardhat, mode: "hardhat", transport: http(RPC_URL) });
  await testClient.increaseTime({ seconds });
  await testClient.mine({ blocks: 1 });
}

/** Saves a screenshot under test-results/ for a person to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}
