/**
 * No page builds an Intl formatter while it loads. The first `toLocaleString` or `Intl.*Format` on a page builds
 * its ICU formatter: 35–55 ms of main thread on this machine, four times that on a phone, and it landed in the
 * list pages' hydration. Numbers and dates go through lib/format's formatInteger and formatUtcDate instead.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext } from "playwright-core";
import { BASE_URL, launchBrowser } from "./browser";

/** Every page route, with seeded ids for the dynamic ones (the proposal's is read from /governance). */
const ROUTES = [
  "/",
  "/about",
  "/data",
  "/governance",
  "/governance/delegates",
  "/governance/new",
  "/governance/treasury",
  "/marketplace",
  "/marketplace/1",
  "/marketplace/new",
  "/stake",
  "/streams",
  "/swap",
  "/tokenomics",
  "/twins",
  "/twins/1",
  "/twins/register",
  "/vesting",
];

/**
 * Records, in the page, each Intl formatter built and each toLocale… call, with its caller. A string, not a
 * function: tsx's transpiled functions call helpers that do not exist in the page.
 */
const COUNT_INTL = `(() => {
  const calls = (window.__intlCalls = []);
  const note = (what) => calls.push(what + " " + ((new Error().stack || "").split("\\n")[3] || "").trim());
  const methods = [
    [Number.prototype, "toLocaleString"],
    [BigInt.prototype, "toLocaleString"],
    [Date.prototype, "toLocaleString"],
    [Date.prototype, "toLocaleDateString"],
    [Date.prototype, "toLocaleTimeString"],
  ];
  for (const [target, name] of methods) {
    const original = target[name];
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value(...args) {
        note(name);
        return original.apply(this, args);
      },
    });
  }
  for (const name of ["NumberFormat", "DateTimeFormat", "RelativeTimeFormat", "PluralRules"]) {
    Intl[name] = new Proxy(Intl[name], {
      construct(target, args) {
        note("Intl." + name);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        note("Intl." + name);
        return Reflect.apply(target, self, args);
      },
    });
  }
})();`;

describe("pages load without building an Intl formatter", () => {
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    await context.addInitScript({ content: COUNT_INTL });
  });
  after(async () => browser?.close());

  async function intlCallsOn(path: string): Promise<string[]> {
    const page = await context.newPage();
    try {
      const response = await page.goto(`${BASE_URL}${path}`);
      assert.equal(response?.status(), 200, `${path} loads`);
      await page.waitForLoadState("networkidle");
      return await page.evaluate(() => (window as unknown as { __intlCalls: string[] }).__intlCalls);
    } finally {
      await page.close();
    }
  }

  it("the counter sees a formatter when a page builds one", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/about`);
    const calls = await page.evaluate(() => {
      (1234).toLocaleString("en-US");
      new Intl.DateTimeFormat("en-GB").format(0);
      return (window as unknown as { __intlCalls: string[] }).__intlCalls.map((c) => c.split(" ")[0]);
    });
    await page.close();
    assert.deepEqual(calls, ["toLocaleString", "Intl.DateTimeFormat"]);
  });

  for (const route of ROUTES)
    it(`${route} builds none`, async () => assert.deepEqual(await intlCallsOn(route), []));

  it("a proposal's page builds none", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/governance`);
    const hrefs = await page
      .locator('main a[href^="/governance/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    await page.close();
    const proposal = hrefs.find((href) => /^\/governance\/\d+$/.test(href));
    assert.ok(proposal, `a seeded proposal is listed (${hrefs.join(", ")})`);
    assert.deepEqual(await intlCallsOn(proposal), []);
  });
});
