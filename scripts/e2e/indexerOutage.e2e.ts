/**
 * Indexer down or behind: the dashboard, tokenomics and swap pages still render the chain's figures and say
 * plainly that history is unavailable, or catching up with the block it has reached. The shared indexer keeps
 * running for the other files: only THIS browser context's requests to it are intercepted — refused as if its
 * port were closed, or its /status answered with a block behind the chain. Reads only: no transaction, no
 * time travel.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { BASE_URL, chainClient, connectDevWallet, figure, launchBrowser, snapshot } from "./browser";

const INDEXER_URL = process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055";
const deployed = contracts["31337"];
/** Blocks the fake /status trails the chain by (the app calls more than 2 behind "catching up"). */
const BEHIND = 10n;

interface Opened {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught errors in the page: a crash fails the test even if the notice shows. */
  readonly errors: string[];
}

/** Opens `path` with dev account 0, with the indexer's requests handled by `handler` from the first one on. */
async function openWithIndexer(
  browser: Browser,
  path: string,
  handler: (route: Route) => Promise<void>,
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => window.localStorage.setItem("dta.devWallet.account", "0"));
  await context.route(`${INDEXER_URL}/**`, handler);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${BASE_URL}${path}`);
  return { page, context, errors };
}

const refused = (route: Route) => route.abort("connectionrefused");

async function assertRendered(opened: Opened, heading: string): Promise<void> {
  await opened.page.getByRole("heading", { level: 1, name: heading }).waitFor();
  assert.equal(await opened.page.getByText("Application error").count(), 0, "no error page");
  assert.deepEqual(opened.errors, [], "no uncaught error in the page");
}

const read = <T extends "totalSupply" | "poolAvailable" | "swapPoolRemaining">(functionName: T) => {
  const contract =
    functionName === "totalSupply"
      ? deployed.DTAToken
      : functionName === "poolAvailable"
        ? deployed.DTAStaking
        : deployed.BiveSwap;
  return chainClient.readContract({
    address: contract.address,
    abi: contract.abi,
    functionName,
  } as Parameters<typeof chainClient.readContract>[0]) as Promise<bigint>;
};

describe("indexer outage", () => {
  let browser: Browser;
  const opened: Opened[] = [];

  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
    await browser?.close();
  });

  it("dashboard: balances and supply from the chain, My activity says its history is unavailable", async () => {
    const o = await openWithIndexer(browser, "/", refused);
    opened.push(o);
    await connectDevWallet(o.page);
    assert.equal(await figure(o.page, "total-supply"), await read("totalSupply"));
    const notice = o.page.getByTestId("indexer-unavailable");
    await notice.waitFor();
    assert.match(await notice.innerText(), /Your activity history is unavailable right now/);
    await assertRendered(o, "Dashboard");
    await snapshot(o.page, "indexer-down-dashboard");
  });

  it("tokenomics: live figures and pool balances from the chain; runway and supply history unavailable", async () => {
    const o = await openWithIndexer(browser, "/tokenomics", refused);
    opened.push(o);
    assert.equal(await figure(o.page, "total-supply"), await read("totalSupply"));
    const runway = o.page.getByTestId("pool-runway");
    const stakingLeft = runway.locator("tr[data-pool=staking] [data-value]");
    await stakingLeft.waitFor();
    assert.equal(BigInt((await stakingLeft.getAttribute("data-value")) ?? ""), await read("poolAvailable"));
    await runway.locator("tr[data-pool=staking] td[data-runway=unavailable]").waitFor();
    const notices = o.page.getByTestId("indexer-unavailable");
    await o.page.waitForFunction(
      () => document.querySelectorAll("[data-testid=indexer-unavailable]").length >= 2,
    );
    const texts = await notices.allInnerTexts();
    assert.ok(texts.some((t) => t.startsWith("The pools' runway is unavailable right now")));
    assert.ok(texts.some((t) => t.startsWith("The supply history is unavailable right now")));
    await assertRendered(o, "Tokenomics");
    await snapshot(o.page, "indexer-down-tokenomics");
  });

  it("swap: the pools from the chain, the swap history unavailable", async () => {
    const o = await openWithIndexer(browser, "/swap", refused);
    opened.push(o);
    await connectDevWallet(o.page);
    assert.equal(await figure(o.page, "swap-pool-remaining"), await read("swapPoolRemaining"));
    const notice = o.page.getByTestId("indexer-unavailable");
    await notice.waitFor();
    assert.match(await notice.innerText(), /Your swap history is unavailable right now/);
    await assertRendered(o, "BIVE swap");
  });

  it("catching up: the pages name the block the indexer has reached, and still show the chain's figures", async () => {
    const head = await chainClient.getBlock();
    const reached = head.number - BEHIND;
    // Only /status is faked; the lists themselves still come from the real indexer.
    const behind = async (route: Route) => {
      if (new URL(route.request().url()).pathname !== "/status") return route.continue();
      await route.fulfill({
        json: { local: { id: 31337, block: { number: Number(reached), timestamp: Number(head.timestamp) } } },
      });
    };
    for (const [path, heading] of [
      ["/", "Dashboard"],
      ["/tokenomics", "Tokenomics"],
    ] as const) {
      const o = await openWithIndexer(browser, path, behind);
      opened.push(o);
      if (path === "/") await connectDevWallet(o.page);
      assert.equal(await figure(o.page, "total-supply"), await read("totalSupply"));
      const notice = o.page.getByTestId("indexer-catching-up").first();
      await notice.waitFor();
      assert.match(await notice.innerText(), new RegExp(`catching up: indexed to block ${reached} of \\d+`));
      await assertRendered(o, heading);
      if (path === "/tokenomics") await snapshot(o.page, "indexer-behind-tokenomics");
    }
  });
});
