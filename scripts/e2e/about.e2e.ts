/**
 * The page around the app: the About page explains DTA with a picture, and every page links the icons, the web
 * manifest and the social preview that browsers, wallets and link previews look for — and each file is served.
 * The framework scripts every page starts with carry V8's compile hint (scripts/compileHints.ts).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { COMPILE_HINT, distDir, startupScripts } from "../compileHints";
import { BASE_URL, launchBrowser, openApp } from "./browser";

describe("about page, icons and link previews", () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, "/about");
  });
  after(async () => browser?.close());

  it("explains DTA in a paragraph and a labelled picture, with its own title", async () => {
    await page.getByRole("heading", { level: 1, name: "How DTA works" }).waitFor();
    assert.equal(await page.title(), "How DTA works · DTA");
    const picture = page.getByRole("img", { name: "The DTA protocol" });
    assert.ok(await picture.isVisible(), "the protocol diagram is shown");
    assert.match((await page.locator("article p").first().textContent()) ?? "", /1,000,000,000 DTA/);
  });

  it("links icons, manifest and social preview that all resolve", async () => {
    const hrefs = await page.evaluate(() => ({
      icons: [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel="icon"], link[rel="apple-touch-icon"]'),
      ].map((l) => l.href),
      manifest: document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? "",
      preview: document.querySelector<HTMLMetaElement>('meta[property="og:image"]')?.content ?? "",
    }));
    assert.ok(hrefs.icons.length >= 3, `icons linked: ${hrefs.icons.join(", ")}`);
    assert.ok(hrefs.manifest, "manifest linked");
    assert.match(hrefs.preview, /\/social-preview\.png$/);
    const local = (url: string) => new URL(new URL(url).pathname, BASE_URL).toString();
    for (const url of [...hrefs.icons, hrefs.manifest, hrefs.preview, `${BASE_URL}/favicon.ico`]) {
      const res = await fetch(local(url));
      assert.equal(res.status, 200, `${url} is served`);
    }
    const manifest = (await (await fetch(local(hrefs.manifest))).json()) as {
      name: string;
      icons: unknown[];
    };
    assert.equal(manifest.name, "DTA — Digital Twin AI Token");
    assert.ok(manifest.icons.length >= 3);
  });

  it("gives every page its own title and description", async () => {
    for (const [path, title] of [
      ["/stake", "Stake · DTA"],
      ["/tokenomics", "Tokenomics · DTA"],
      ["/swap", "BIVE swap · DTA"],
      ["/vesting", "Vesting · DTA"],
    ] as const) {
      const html = await (await fetch(`${BASE_URL}${path}`)).text();
      assert.ok(html.includes(`<title>${title}</title>`), `${path} has title "${title}"`);
      assert.match(html, /<meta name="description" content="[^"]{20,}"/, `${path} has a description`);
    }
  });

  it("serves the framework scripts every page starts with under V8's compile hint, and only those", async () => {
    const framework = startupScripts(distDir()).map((file) => `/_next/${file}`);
    assert.ok(framework.length >= 3, `root main files: ${framework.join(", ")}`);
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement>("script[src]")].map((s) => new URL(s.src).pathname),
    );
    for (const src of framework) assert.ok(scripts.includes(src), `the page loads ${src}`);
    for (const src of scripts) {
      const hinted = (await (await fetch(`${BASE_URL}${src}`)).text()).startsWith(COMPILE_HINT);
      assert.equal(hinted, framework.includes(src), `${src} ${hinted ? "has" : "lacks"} the hint`);
    }
  });
});
