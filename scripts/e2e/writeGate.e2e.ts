/**
 * The write gate in the browser. A blacklisted account sees the compliance notice and every write button
 * disabled with the reason, and nothing is sent. With the RPC node blocked, one banner names the endpoint
 * it tried and sending is disabled; once the node answers again the figures come back without a reload.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { parseUnits, type Address } from "viem";
import {
  BASE_URL,
  RPC_URL,
  chainClient,
  connectDevWallet,
  devAccounts,
  dtaBalance,
  figure,
  launchBrowser,
  openApp,
  openAppAtWidth,
  snapshot,
  transferDta,
} from "./browser";
import { isBlacklisted, setBlacklisted } from "./compliance";
import { amountField, nextButton } from "./stakingHelpers";

const BLACKLISTED_ACCOUNT = 3;
const BLACKLISTED_REASON = /blacklisted by DTA compliance/;
const WIZARD_AMOUNT = "1000";

/** Sends `to` what it lacks of `amount` DTA, from an unlocked dev account. */
async function topUpDta(from: Address, to: Address, amount: bigint): Promise<void> {
  const balance = await dtaBalance(to);
  if (balance < amount) await transferDta(from, to, amount - balance);
}

async function expectGated(page: Page, name: string | RegExp, reason: RegExp): Promise<void> {
  const button = page.getByRole("button", { name, exact: typeof name === "string" }).first();
  await button.waitFor();
  assert.equal(await button.isDisabled(), true, `${String(name)} is disabled`);
  assert.match((await button.getAttribute("data-blocked-reason")) ?? "", reason);
}

describe("write gate: a blacklisted account", () => {
  let browser: Browser;
  let page: Page;
  let account: Address;
  let blockBefore: bigint;

  before(async () => {
    browser = await launchBrowser();
    const accounts = await devAccounts();
    account = accounts[BLACKLISTED_ACCOUNT]!;
    // The wizard needs a balance to explore; other files may have staked this account's DTA.
    await topUpDta(accounts[0]!, account, parseUnits(WIZARD_AMOUNT, 4));
    await setBlacklisted(account, true);
    blockBefore = await chainClient.getBlockNumber();
    page = await openApp(browser, "/", BLACKLISTED_ACCOUNT);
    await connectDevWallet(page);
  });
  after(async () => {
    await setBlacklisted(account, false);
    assert.equal(await isBlacklisted(account), false);
    await browser?.close();
  });

  it("shows the compliance notice on the dashboard", async () => {
    const notice = page.getByTestId("compliance-notice");
    await notice.waitFor();
    assert.match(await notice.innerText(), /is blacklisted/);
    assert.match(await notice.innerText(), BLACKLISTED_REASON);
    await snapshot(page, "dashboard-blacklisted");
  });

  it("disables Send with the reason, even for a valid transfer, and sends nothing", async () => {
    const [, recipient] = await devAccounts();
    await page.getByLabel("Recipient address").fill(recipient!);
    await page.getByLabel("Amount (DTA)").fill("10");
    await expectGated(page, "Send", BLACKLISTED_REASON);
    assert.match(await page.getByTestId("write-gate-reason").innerText(), BLACKLISTED_REASON);
    await page.getByLabel("Amount (DTA)").press("Enter"); // implicit submission must not reach the wallet
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(await page.getByRole("dialog", { name: /Confirm transaction/ }).count(), 0);
    assert.equal(await chainClient.getBlockNumber(), blockBefore);
  });

  it("disables the swap and every vesting release with the reason", async () => {
    await page.goto(`${BASE_URL}/swap`, { timeout: 60_000 });
    await page.getByLabel("Amount (BIVE)").fill("100");
    await expectGated(page, "Swap", BLACKLISTED_REASON);
    await page.goto(`${BASE_URL}/vesting`, { timeout: 60_000 });
    const releases = page.getByRole("button", { name: "Release", exact: true });
    await releases.first().waitFor();
    await page.locator("[data-blocked-reason]").first().waitFor();
    for (const button of await releases.all()) {
      assert.equal(await button.isDisabled(), true);
      assert.match((await button.getAttribute("data-blocked-reason")) ?? "", BLACKLISTED_REASON);
    }
    assert.equal(await chainClient.getBlockNumber(), blockBefore);
  });

  it("lets the staking wizard be explored but disables its signing step and delegation", async () => {
    await page.goto(`${BASE_URL}/stake`, { timeout: 60_000 });
    await amountField(page).fill(WIZARD_AMOUNT);
    await nextButton(page).click();
    await page.getByRole("radio", { name: /^30 days/ }).check();
    await nextButton(page).click();
    await nextButton(page).click();
    await expectGated(page, "Sign permit and stake", BLACKLISTED_REASON);
    await expectGated(page, "Delegate to myself", BLACKLISTED_REASON);
    assert.equal(await chainClient.getBlockNumber(), blockBefore);
  });

  it("shows the notice at a phone's width", async () => {
    const phone = await openAppAtWidth(browser, "/", 390, BLACKLISTED_ACCOUNT);
    await connectDevWallet(phone);
    await phone.getByTestId("compliance-notice").waitFor();
    await snapshot(phone, "dashboard-blacklisted-phone");
    await phone.context().close();
  });
});

describe("write gate: the chain's node is unreachable", () => {
  let browser: Browser;
  let page: Page;
  const isRpc = (url: URL) => url.href.startsWith(RPC_URL);

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it("shows one banner naming the endpoint and what to do, and disables sending", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(isRpc, (route) => route.abort("connectionrefused"));
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${BASE_URL}/`);
    // The page's figures come from the server; the browser talks to the node once the wallet code loads.
    await connectDevWallet(page);
    const banner = page.getByTestId("chain-unreachable");
    await banner.waitFor();
    const text = await banner.innerText();
    assert.ok(text.includes(RPC_URL), `the banner names ${RPC_URL}: ${text}`);
    assert.match(text, /npm start/);
    assert.equal(await page.getByTestId("chain-unreachable").count(), 1);
    await expectGated(page, "Send", /Can't reach .* at http/);
    await snapshot(page, "dashboard-chain-unreachable");
  });

  it("recovers by itself once the node answers: banner gone, figures back, sending allowed", async () => {
    await page.context().unroute(isRpc);
    await page.getByTestId("chain-unreachable").waitFor({ state: "detached", timeout: 30_000 });
    assert.ok((await figure(page, "total-supply")) > 0n);
    await page.locator("[data-testid=dta-balance][data-value]").waitFor();
    const send = page.getByRole("button", { name: "Send", exact: true });
    assert.equal(await send.getAttribute("data-blocked-reason"), null);
  });

  it("shows the banner at a phone's width", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await context.route(isRpc, (route) => route.abort("connectionrefused"));
    const phone = await context.newPage();
    await phone.goto(`${BASE_URL}/`);
    await connectDevWallet(phone);
    await phone.getByTestId("chain-unreachable").waitFor({ timeout: 20_000 });
    await snapshot(phone, "dashboard-chain-unreachable-phone");
    await context.close();
  });
});
