/**
 * Server-rendered lists keep themselves current (components/ui/LiveRefresh.tsx): the page asks the indexer
 * which block it reached and re-renders on the server when that block moved. The page's scripts are held back
 * while a block is mined and indexed, so the block moves between the server's render and hydration: the page
 * must still refresh (its first check, on idle, compares with the block the server rendered at). Then a block
 * mined after the page settled refreshes it again.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { BASE_URL, launchBrowser, testClient } from "./browser";
import { indexerCaughtUp } from "./twinsHelpers";

const PATH = "/marketplace";

/** Counts the page's own server re-renders (`router.refresh()`): RSC requests for its path that are not prefetches. */
function countRefreshes(page: Page): () => number {
  let refreshes = 0;
  page.on("request", (request) => {
    const headers = request.headers();
    const { pathname } = new URL(request.url());
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"] && pathname === PATH) refreshes += 1;
  });
  return () => refreshes;
}

async function until(what: string, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("Live refresh of server-rendered lists", () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  it("refreshes a page whose indexed block moved while its scripts loaded", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let releaseScripts!: () => void;
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    const refreshes = countRefreshes(page);

    await page.goto(`${BASE_URL}${PATH}`, { waitUntil: "domcontentloaded" });
    await page.getByTestId("service-cards").waitFor({ state: "attached" });
    await testClient.mine({ blocks: 1 });
    await indexerCaughtUp();
    assert.equal(refreshes(), 0, "nothing can refresh before the scripts run");

    releaseScripts();
    await until("the page refreshed", () => refreshes() >= 1);
    await context.close();
  });

  it("refreshes when a block is indexed after the page settled", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const refreshes = countRefreshes(page);
    const firstCheck = page.waitForResponse((response) =>
      new URL(response.url()).pathname.endsWith("/status"),
    );
    await page.goto(`${BASE_URL}${PATH}`);
    await firstCheck;
    const before = refreshes();

    await testClient.mine({ blocks: 1 });
    await indexerCaughtUp();
    await until("the page refreshed", () => refreshes() > before);
    await page.getByTestId("service-cards").waitFor();
    await context.close();
  });
});
