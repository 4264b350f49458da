/**
 * Links prefetch on intent (components/ui/IntentLink.tsx): loading a list page fetches no other route; pointing at
 * a card or focusing a navigation link fetches that route, and following it navigates inside the app.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page, Request } from "playwright-core";
import { BASE_URL, launchBrowser } from "./browser";

/** A route's server-component payload fetched by the app router (a prefetch or a navigation). */
function routeFetch(request: Request): string | undefined {
  const url = new URL(request.url());
  if (request.resourceType() !== "fetch" || !url.searchParams.has("_rsc")) return undefined;
  return url.pathname;
}

describe("links prefetch on intent, not on sight", () => {
  let browser: Browser;
  let page: Page;
  const fetched: string[] = [];

  before(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("request", (request) => {
      const path = routeFetch(request);
      if (path) fetched.push(path);
    });
    await page.goto(`${BASE_URL}/marketplace`);
    await page.waitForLoadState("networkidle");
  });
  after(async () => browser?.close());

  it("loading the marketplace fetches no other route, though the nav and the cards are in view", async () => {
    const cards = page.locator('main a[href^="/marketplace/"]:not([href="/marketplace/new"])');
    assert.ok((await cards.count()) >= 3, "the seeded services are listed");
    assert.ok(
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Governance" })
        .isVisible(),
    );
    await page.waitForTimeout(1_000);
    assert.deepEqual(fetched, []);
  });

  it("focusing a navigation link by keyboard fetches that route", async () => {
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Governance" });
    const request = page.waitForRequest((r) => routeFetch(r) === "/governance");
    await link.focus();
    await request;
  });

  it("pointing at a card fetches its page; following it navigates inside the app", async () => {
    const card = page.locator('main a[href^="/marketplace/"]:not([href="/marketplace/new"])').first();
    const href = (await card.getAttribute("href")) ?? "";
    assert.match(href, /^\/marketplace\/\d+$/);
    const request = page.waitForRequest((r) => routeFetch(r) === href);
    await card.hover();
    await request;
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await card.click();
    await page.waitForURL(`${BASE_URL}${href}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    assert.equal(await page.evaluate(() => "samePage" in window), true, "no full page load");
  });
});
