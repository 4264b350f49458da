/**
 * My activity: dev account 4 sees a transfer this test just made (after the indexer reached its block — never a
 * fixed wait), pages through its history with the page size and page in the URL, and the back button returns.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { parseEther, parseUnits, type Account, type Address, type Hash } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { fetchIndexerStatus } from "../../lib/indexer/client";
import {
  connectDevWallet,
  devAccounts,
  launchBrowser,
  openApp,
  snapshot,
  testClient,
  transferDta,
} from "./browser";

const INDEXER_URL = process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055";
const ACCOUNT = 4;

async function indexerReached(block: bigint): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const status = await fetchIndexerStatus(31337, { baseUrl: INDEXER_URL }).catch(() => undefined);
    if (status && status.block >= block) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The indexer did not reach block ${block}`);
}

async function send(from: Address | Account, to: Address, amount: bigint): Promise<Hash> {
  const receipt = await transferDta(from, to, amount);
  await indexerReached(receipt.blockNumber);
  return receipt.transactionHash;
}

const pager = (page: Page) => page.getByRole("navigation", { name: "Activity pages" });
const rows = (page: Page) => page.locator("[data-testid=my-activity-row]");

describe("My activity", () => {
  let browser: Browser;
  let page: Page;
  let account: Address;
  const recipientAccount = privateKeyToAccount(generatePrivateKey());
  const recipient = recipientAccount.address;
  let spent = 0n;
  const spend = async (amount: bigint): Promise<Hash> => {
    spent += amount;
    return send(account, recipient, amount);
  };

  before(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, "/", ACCOUNT);
    account = (await devAccounts())[ACCOUNT]!;
    await connectDevWallet(page);
  });
  // Other files stake account 4's whole seeded balance: the throw-away recipient gives back what it got,
  // so no dev account's balance changes.
  after(async () => {
    if (spent > 0n) {
      await testClient.setBalance({ address: recipient, value: parseEther("1") });
      await send(recipientAccount, account, spent);
    }
    await browser?.close();
  });

  it("shows a transfer just made, newest first", async () => {
    const hash = await spend(parseUnits("12.3456", 4));
    const first = rows(page).first();
    await first.locator(`[data-tx="${hash}"]`).waitFor();
    assert.equal(await first.locator("[data-kind]").getAttribute("data-kind"), "sent");
    assert.equal(await first.locator("[data-amount]").getAttribute("data-amount"), "123456");
    assert.match(await first.innerText(), new RegExp(`to ${recipient.toLowerCase()}`));
    await snapshot(page, "activity-transfer");
  });

  it("pages with the page size and page in the URL, and the back button returns", async () => {
    let newest: Hash | undefined;
    for (let i = 1; i <= 10; i++) newest = await spend(parseUnits(String(i), 4));
    await rows(page).first().locator(`[data-tx="${newest}"]`).waitFor();

    await page.getByLabel("Rows per page", { exact: true }).selectOption("10");
    await page.waitForURL(/pageSize=10/);
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=my-activity-row]").length === 10,
    );
    await pager(page).getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/page=2/);
    // 12 rows in all: the seed's grant, the first test's transfer and these ten.
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=my-activity-row]").length === 2);
    assert.equal(await rows(page).last().locator("[data-kind]").getAttribute("data-kind"), "received");
    assert.equal(await pager(page).getByRole("button", { name: "Next" }).isDisabled(), true);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("page=2"));
    await rows(page).first().locator(`[data-tx="${newest}"]`).waitFor();
    assert.equal(await rows(page).count(), 10);
  });

  it("filters by kind from the URL", async () => {
    await page.getByLabel("Kind of activity", { exact: true }).selectOption("received");
    await page.waitForURL(/kind=received/);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=my-activity-row]").length === 1);
    assert.equal(await rows(page).first().locator("[data-kind]").getAttribute("data-kind"), "received");
  });
});
