/**
 * BIVE swap: dev account 6 (640,000 BIVE, no DTA) sees its balance, every bad amount stops with its message and
 * sends nothing, the quote shows the 10% early-holder bonus before signing, a permit is signed in the dev wallet
 * and ONE swapWithPermit transaction confirms; balances move on-chain and the swap appears in the history.
 * Never advances time: the 90-day bonus window must stay open for the other files.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { parseUnits, type Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import {
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  dtaBalance,
  figure,
  launchBrowser,
  openApp,
  snapshot,
  toastText,
  walletDialog,
} from "./browser";

const SWAPPER = 6;
const SEEDED_BIVE = parseUnits("640000", 18);
const SWAP_AMOUNT = "1250.5";

function biveBalance(account: Address): Promise<bigint> {
  const bive = contracts["31337"].BIVE;
  return chainClient.readContract({
    address: bive.address,
    abi: bive.abi,
    functionName: "balanceOf",
    args: [account],
  });
}

describe("BIVE swap", () => {
  let browser: Browser;
  let page: Page;
  let account: Address;

  before(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, "/swap", SWAPPER);
    account = (await devAccounts())[SWAPPER]!;
  });
  after(async () => browser?.close());

  it("shows the pools to a visitor with no wallet", async () => {
    assert.ok((await figure(page, "swap-pool-remaining")) > 0n);
    assert.ok((await figure(page, "bonus-pool-remaining")) > 0n);
    await page.getByText(/10% bonus window open: \d+ days? left/).waitFor();
  });

  it("connects and shows the seeded BIVE balance, with no swaps yet", async () => {
    await connectDevWallet(page);
    assert.equal(await biveBalance(account), SEEDED_BIVE);
    assert.equal(await dtaBalance(account), 0n);
    assert.equal(await figure(page, "bive-balance"), SEEDED_BIVE);
    await page.getByText("No swaps yet").waitFor();
    await snapshot(page, "swap-connected");
  });

  const badAmounts: readonly (readonly [string, RegExp])[] = [
    ["", /Enter an amount/],
    ["0", /greater than zero/],
    ["12abc", /Use digits/],
    ["1.0000000000000000001", /BIVE has at most 18 decimal places/],
    ["640000.000000000000000001", /more than your balance of 640,000 BIVE/],
    ["0.00001", /worth 0 DTA: the smallest amount you can swap is 0.0001 BIVE/],
  ];
  for (const [input, message] of badAmounts) {
    it(`refuses "${input}" with a clear message and sends nothing`, async () => {
      const blockBefore = await chainClient.getBlockNumber();
      const amount = page.getByLabel("Amount (BIVE)");
      await amount.fill(input === "" ? "1" : input);
      if (input === "") await amount.fill("");
      await amount.blur();
      await page.getByText(message).waitFor();
      assert.equal(await page.getByRole("button", { name: "Swap", exact: true }).isDisabled(), true);
      assert.equal(await page.locator("[data-testid=quote-total]").count(), 0);
      assert.equal(await chainClient.getBlockNumber(), blockBefore);
    });
  }

  it("quotes 1:1 plus the 10% early-holder bonus before anything is signed", async () => {
    await page.getByLabel("Amount (BIVE)").fill(SWAP_AMOUNT);
    const dta = parseUnits(SWAP_AMOUNT, 4);
    assert.equal(await figure(page, "quote-dta"), dta);
    assert.equal(await figure(page, "quote-bonus"), dta / 10n);
    assert.equal(await figure(page, "quote-total"), dta + dta / 10n);
    await page.getByText(/Early-holder bonus \(10%, \d+ days? left\)/).waitFor();
    assert.equal(await walletDialog(page).isVisible(), false);
    await snapshot(page, "swap-quote");
  });

  it("signs a permit, confirms one swap transaction, and moves the balances", async () => {
    const dtaBefore = await dtaBalance(account);
    const nonceBefore = await chainClient.getTransactionCount({ address: account });
    await page.getByRole("button", { name: "Swap", exact: true }).click();

    const signature = walletDialog(page);
    await signature.waitFor();
    assert.match(await signature.innerText(), /Sign Permit for BIVE \(legacy\)/);
    await confirmInWallet(page);
    await page.getByRole("dialog", { name: /Confirm transaction/ }).waitFor();
    await confirmInWallet(page);
    assert.match(await toastText(page, "success"), /Transaction confirmed/);

    const bive = parseUnits(SWAP_AMOUNT, 18);
    const dta = parseUnits(SWAP_AMOUNT, 4);
    assert.equal(
      await chainClient.getTransactionCount({ address: account }),
      nonceBefore + 1,
      "one transaction",
    );
    assert.equal(await dtaBalance(account), dtaBefore + dta + dta / 10n, "DTA received = amount + 10%");
    assert.equal(await biveBalance(account), SEEDED_BIVE - bive);
    await page.locator(`[data-testid=bive-balance][data-value="${SEEDED_BIVE - bive}"]`).waitFor();
  });

  it("shows the swap in the history", async () => {
    const item = page.locator("[data-testid=swap-history-item]");
    await item.first().waitFor();
    assert.equal(await item.count(), 1);
    assert.equal(await item.first().getAttribute("data-bive"), parseUnits(SWAP_AMOUNT, 18).toString());
    assert.match(await item.first().innerText(), /1,250.5 BIVE → 1,375.55 DTA/);
    await snapshot(page, "swap-done");
  });

  it("fits a 375px screen", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByLabel("Amount (BIVE)").fill("100");
    await figure(page, "quote-total");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, "no horizontal scrolling");
    await snapshot(page, "swap-mobile");
  });
});
