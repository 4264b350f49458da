/**
 * Dashboard: connect the local dev wallet, see the seeded balance, every bad amount stops with its message and
 * sends nothing, a real DTA transfer confirms and moves the balances, a rejected signature explains itself.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { parseUnits } from "viem";
import {
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  dtaBalance,
  figure,
  launchBrowser,
  openApp,
  rejectInWallet,
  snapshot,
  toastText,
} from "./browser";

const SEEDED_ACCOUNT_0 = parseUnits("2500000", 4);

describe("dashboard", () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, "/", 0);
  });
  after(async () => browser?.close());

  it("shows the live supply to a visitor with no wallet", async () => {
    assert.equal(
      await figure(page, "total-supply"),
      parseUnits("1000000000", 4) - (await figure(page, "total-burned")),
    );
  });

  it("connects the local dev wallet and shows the seeded DTA balance", async () => {
    await connectDevWallet(page);
    const [account0] = await devAccounts();
    assert.equal(await dtaBalance(account0!), SEEDED_ACCOUNT_0);
    assert.equal(await figure(page, "dta-balance"), SEEDED_ACCOUNT_0);
    assert.ok((await figure(page, "native-balance")) > 0n);
    await snapshot(page, "dashboard-connected");
  });

  const badAmounts: readonly (readonly [string, RegExp])[] = [
    ["", /Enter an amount/],
    ["0", /greater than zero/],
    ["-5", /can't be negative/],
    ["12abc", /Use digits/],
    ["1.23456", /at most 4 decimal places/],
    ["2500000.0001", /more than your balance/],
    ["99999999999999", /more than the total supply/],
  ];
  for (const [input, message] of badAmounts) {
    it(`refuses the amount "${input}" with a clear message and sends nothing`, async () => {
      const [, recipient] = await devAccounts();
      const blockBefore = await chainClient.getBlockNumber();
      await page.getByLabel("Recipient address").fill(recipient!);
      const amount = page.getByLabel("Amount (DTA)");
      await amount.fill(input === "" ? "1" : input);
      if (input === "") await amount.fill("");
      await amount.blur();
      await page.getByText(message).waitFor();
      assert.equal(await page.getByRole("button", { name: "Send", exact: true }).isDisabled(), true);
      assert.equal(await chainClient.getBlockNumber(), blockBefore);
    });
  }

  it("refuses an invalid recipient address", async () => {
    await page.getByLabel("Recipient address").fill("0x1234");
    await page.getByLabel("Amount (DTA)").fill("10");
    await page.getByLabel("Recipient address").blur();
    assert.equal(await page.getByRole("button", { name: "Send", exact: true }).isDisabled(), true);
  });

  it("sends a real DTA transfer, confirms it and updates the balance", async () => {
    const accounts = await devAccounts();
    const recipient = accounts[9]!;
    const recipientBefore = await dtaBalance(recipient);
    await page.getByLabel("Recipient address").fill(recipient);
    await page.getByLabel("Amount (DTA)").fill("1250.5");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await confirmInWallet(page);
    assert.match(await toastText(page, "success"), /Transaction confirmed/);
    const sent = parseUnits("1250.5", 4);
    assert.equal(await dtaBalance(recipient), recipientBefore + sent);
    await page.locator(`[data-testid=dta-balance][data-value="${SEEDED_ACCOUNT_0 - sent}"]`).waitFor();
    await snapshot(page, "dashboard-sent");
  });

  it("explains a rejected signature and moves nothing", async () => {
    const [account0, recipient] = await devAccounts();
    const before = await dtaBalance(account0!);
    await page.getByLabel("Recipient address").fill(recipient!);
    await page.getByLabel("Amount (DTA)").fill("5");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await rejectInWallet(page);
    assert.match(
      await toastText(page, "warning"),
      /Request rejected[\s\S]*rejected the request in your wallet/,
    );
    assert.equal(await dtaBalance(account0!), before);
  });
});
