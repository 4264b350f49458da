/**
 * The dashboard's notifications in the browser: dev account 3 pays two fresh streams to dev account 4 — one
 * running dry within the day, one already dry — and sees them with the DAO's executed changes, exactly the
 * indexer's list; marks one read with the mouse and one with the keyboard, reloads and finds them still read;
 * then dev account 4, in the same browser (same localStorage), has its own read state, and account 3's comes
 * back unchanged. Screenshots at 1280 and 390 px.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Address } from "viem";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { fetchNotifications } from "../../lib/indexer/notifications";
import {
  BASE_URL,
  chainClient,
  connectDevWallet,
  devAccounts,
  launchBrowser,
  openAppAtWidth,
  snapshot,
  testClient,
  walletClient,
} from "./browser";
import { dta, indexerCaughtUp } from "./twinsHelpers";

const PAYER = 3;
const RECIPIENT = 4;
const INDEXER_URL = process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055";
const streams = contracts["31337"].DTAStreams;
const token = contracts["31337"].DTAToken;

async function send(account: Address, hash: Promise<`0x${string}`>) {
  const receipt = await chainClient.waitForTransactionReceipt({ hash: await hash });
  assert.equal(receipt.status, "success", `${account}'s setup transaction`);
}

/** Dev account `index` in a page of `context`: the dev wallet's account lives in localStorage, like a real one. */
async function openAs(context: BrowserContext, index: number): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  await page.goto(`${BASE_URL}/about`);
  await page.evaluate((i) => window.localStorage.setItem("dta.devWallet.account", String(i)), index);
  await page.goto(`${BASE_URL}/`);
  await connected(page);
  return page;
}

/** Waits for the card, connecting the dev wallet unless it reconnected by itself (it does after a first visit). */
async function connected(page: Page): Promise<void> {
  const account = page.locator("[data-testid=connected-account][data-address]").first();
  const reconnected = await account.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!reconnected) await connectDevWallet(page);
  await card(page).waitFor();
}

const card = (page: Page) => page.getByTestId("notifications");
const item = (page: Page, id: string) => page.locator(`[data-testid=notification][data-id="${id}"]`);
const listedIds = (page: Page) =>
  page.locator("[data-testid=notification]").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
const unreadText = async (page: Page) => (await page.getByTestId("notifications-unread").innerText()).trim();

describe("dashboard notifications", () => {
  let browser: Browser;
  let context: BrowserContext;
  let accounts: Address[];
  let lowId: string;
  let dryId: string;

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
    const payer = accounts[PAYER]!;
    const recipient = accounts[RECIPIENT]!;
    await send(
      payer,
      walletClient.writeContract({
        ...token,
        account: payer,
        functionName: "approve",
        args: [streams.address, dta("1000")],
      }),
    );
    // 0.01 DTA a second for 100 DTA: dry in under 3 hours. 1 DTA a second for 2 DTA: dry in 2 seconds.
    for (const [rate, deposit] of [
      [10n ** 16n, dta("100")],
      [10n ** 18n, dta("2")],
    ] as const) {
      await send(
        payer,
        walletClient.writeContract({
          ...streams,
          account: payer,
          functionName: "open",
          args: [recipient, rate, deposit],
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 3_000));
    await testClient.mine({ blocks: 1 });
    await indexerCaughtUp();
    const count = await chainClient.readContract({ ...streams, functionName: "streamCount" });
    const listed = await fetchNotifications(payer, { baseUrl: INDEXER_URL });
    lowId = listed.items.find((n) => n.id.startsWith(`stream-low:${count - 1n}:`))?.id ?? "";
    dryId = listed.items.find((n) => n.id.startsWith(`stream-dry:${count}:`))?.id ?? "";
    assert.ok(lowId && dryId, "the indexer lists both fresh streams for the payer");
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  after(async () => browser?.close());

  it("shows the payer exactly the indexer's notifications, all unread", async () => {
    const page = await openAs(context, PAYER);
    const expected = await fetchNotifications(accounts[PAYER]!, { baseUrl: INDEXER_URL });
    assert.ok(
      expected.items.some((n) => n.kind === "executed"),
      "the seeded DAO's executed changes",
    );
    await item(page, dryId).waitFor();
    assert.deepEqual(
      await listedIds(page),
      expected.items.map((n) => n.id),
    );
    assert.equal(await unreadText(page), `${expected.items.length} unread of ${expected.items.length}`);
    const low = item(page, lowId);
    assert.match(await low.innerText(), /runs dry soon/);
    assert.match(await low.getByTestId("notification-when").innerText(), /^Runs dry in \d+ hours?/);
    assert.equal(
      await low.getByRole("link").getAttribute("href"),
      `/streams?account=${accounts[PAYER]!.toLowerCase()}#stream-${lowId.split(":")[1]}`,
    );
    await snapshot(page, "notifications-1280");
  });

  it("marks one read by mouse and one by keyboard, and keeps both read after a reload", async () => {
    const page = context.pages()[0]!;
    const total = await page.locator("[data-testid=notification]").count();
    await item(page, lowId)
      .getByRole("button", { name: /Mark read/ })
      .click();
    await page.locator(`[data-testid=notification][data-id="${lowId}"][data-read=true]`).waitFor();
    const dryButton = item(page, dryId).getByRole("button", { name: /Mark read/ });
    await dryButton.focus();
    await page.keyboard.press("Enter");
    await page.locator(`[data-testid=notification][data-id="${dryId}"][data-read=true]`).waitFor();
    assert.equal(await unreadText(page), `${total - 2} unread of ${total}`);

    await page.reload();
    await connected(page);
    await page.locator(`[data-testid=notification][data-id="${dryId}"][data-read=true]`).waitFor();
    assert.equal(await item(page, lowId).getAttribute("data-read"), "true");
    assert.equal(await unreadText(page), `${total - 2} unread of ${total}`);
  });

  it("keeps a separate read state for another account in the same browser", async () => {
    const page = await openAs(context, RECIPIENT);
    const expected = await fetchNotifications(accounts[RECIPIENT]!, { baseUrl: INDEXER_URL });
    await item(page, dryId).waitFor();
    assert.deepEqual(
      await listedIds(page),
      expected.items.map((n) => n.id),
    );
    assert.match(await item(page, dryId).innerText(), /paying you has run dry/);
    assert.equal(
      await item(page, dryId).getAttribute("data-read"),
      "false",
      "the payer's read is not theirs",
    );
    assert.equal(await item(page, lowId).count(), 0, "a recipient is not warned before it runs dry");
    await page.getByRole("button", { name: "Mark all read" }).click();
    assert.equal(await unreadText(page), `0 unread of ${expected.items.length}`);

    const back = await openAs(context, PAYER);
    const total = await back.locator("[data-testid=notification]").count();
    await back.locator(`[data-testid=notification][data-id="${lowId}"][data-read=true]`).waitFor();
    assert.equal(await unreadText(back), `${total - 2} unread of ${total}`, "the payer's state is unchanged");
  });

  it("lays out at a phone's width", async () => {
    const page = await openAppAtWidth(browser, "/", 390, PAYER);
    await connected(page);
    await item(page, dryId).waitFor();
    const box = await card(page).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, "the card fits the screen");
    const overflow = await card(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.equal(overflow, 0, "nothing in the card scrolls sideways");
    await snapshot(page, "notifications-390");
  });
});
