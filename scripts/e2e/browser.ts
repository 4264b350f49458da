import assert from "node:assert/strict";
/**
 * Shared pieces for the browser tests: Chromium via playwright-core, the app and chain URLs, and chain
 * helpers (time travel, balances) that talk to the same local node the app uses.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  type Account,
  type Address,
  type TransactionReceipt,
} from "viem";
import { hardhat } from "viem/chains";
import contracts from "../../lib/contracts/generated/deployedContracts";

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

/**
 * Reads the chain fresh every time (cacheTime 0): viem otherwise answers getBlockNumber from a cache of up to 4 s,
 * so "the indexer reached the head" could wait for an older head, and "no block was mined" compare two stale reads.
 */
export const chainClient = createPublicClient({ chain: hardhat, transport: http(RPC_URL), cacheTime: 0 });
/** Signs as the node's unlocked dev accounts (or a local account passed per call). */
export const walletClient = createWalletClient({ chain: hardhat, transport: http(RPC_URL) });
/** Hardhat's own methods: time travel, balances, impersonation, snapshots. */
export const testClient = createTestClient({ chain: hardhat, mode: "hardhat", transport: http(RPC_URL) });

export async function devAccounts(): Promise<Address[]> {
  return walletClient.getAddresses();
}

/** A DTA transfer signed outside the app (a dev account or a local key), awaited until mined. */
export async function transferDta(
  from: Address | Account,
  to: Address,
  amount: bigint,
): Promise<TransactionReceipt> {
  const hash = await walletClient.writeContract({
    ...contracts["31337"].DTAToken,
    account: from,
    functionName: "transfer",
    args: [to, amount],
  });
  return chainClient.waitForTransactionReceipt({ hash });
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
  await testClient.increaseTime({ seconds });
  await testClient.mine({ blocks: 1 });
}

/** Saves a screenshot under test-results/ for a person to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

/**
 * Opens `path` in a fresh browser context with the local dev wallet set to dev account `account`
 * (the wallet remembers its account in localStorage, as a real wallet would).
 */
export async function openApp(browser: Browser, path: string, account = 0): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((index: number) => {
    window.localStorage.setItem("dta.devWallet.account", String(index));
  }, account);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${BASE_URL}${path}`);
  return page;
}

/** Connects the local dev wallet through the RainbowKit modal and waits until the account shows. */
export async function connectDevWallet(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Connect wallet" }).first().click();
  await page.getByRole("button", { name: "Local dev wallet" }).click();
  await page.locator("[data-testid=connected-account][data-address]").first().waitFor();
}

/** Opens `path` as dev account `account` with the local dev wallet connected. */
export async function openConnected(browser: Browser, path: string, account: number): Promise<Page> {
  const page = await openApp(browser, path, account);
  await connectDevWallet(page);
  return page;
}

/**
 * Runs `action` (a refused input) and checks that it sent nothing: dev account `account`'s nonce is unchanged and
 * the wallet was never asked to sign. (Its nonce, not the block number: another file's leftovers may mine.)
 */
export async function sendsNothing(page: Page, account: number, action: () => Promise<void>): Promise<void> {
  const address = (await devAccounts())[account]!;
  const nonce = () => chainClient.getTransactionCount({ address, blockTag: "pending" });
  const before = await nonce();
  await action();
  assert.equal(await walletDialog(page).count(), 0, "the wallet was not asked for anything");
  assert.equal(await nonce(), before, "nothing was sent");
}

/** The dev wallet's confirmation dialog (transactions and signatures). */
export function walletDialog(page: Page) {
  return page.getByRole("dialog", { name: /Confirm transaction|Sign/ });
}

/** Approves the pending request in the dev wallet. */
export async function confirmInWallet(page: Page): Promise<void> {
  const dialog = walletDialog(page);
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Confirm" }).click();
}

/** Rejects the pending request in the dev wallet (EIP-1193 error 4001). */
export async function rejectInWallet(page: Page): Promise<void> {
  const dialog = walletDialog(page);
  await dialog.waitFor();
  await dialog.getByRole("button", { name: "Reject" }).click();
}

/** Waits for a toast of `kind` (info, pending, success, warning, error) and returns its text. */
export async function toastText(
  page: Page,
  kind: "success" | "error" | "warning" | "pending" | "info",
): Promise<string> {
  const toast = page.locator(`[data-testid=toast][data-kind=${kind}]`).last();
  await toast.waitFor();
  return (await toast.innerText()).trim();
}

/** Reads a figure rendered with data-testid and its exact base-unit value in data-value. */
export async function figure(page: Page, testId: string): Promise<bigint> {
  const element = page.locator(`[data-testid=${testId}][data-value]`).first();
  await element.waitFor();
  return BigInt((await element.getAttribute("data-value")) ?? "");
}

/** Opens `path` at a phone's width (375 px) with dev account `account`, for responsive screenshots. */
export async function openAppAtWidth(
  browser: Browser,
  path: string,
  width: number,
  account = 0,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await context.addInitScript((index: number) => {
    window.localStorage.setItem("dta.devWallet.account", String(index));
  }, account);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${BASE_URL}${path}`);
  return page;
}
