/**
 * Indexer down or behind: the dashboard, tokenomics and swap pages still render the chain's figures and say
 * plainly that history is unavailable, or catching up with the block it has reached. The shared indexer keeps
 * running for the other files. This file starts its own app server on the same build, whose server reaches the
 * indexer through a stand-in (INDEXER_SERVER_URL) that refuses every request or answers /status with a block
 * behind the chain; this browser context's requests to the indexer go to the same stand-in, so the server and
 * the browser see one outage. Reads only: no transaction, no time travel.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { freePort, startApp, type Running } from "../stack";
import { chainClient, connectDevWallet, figure, launchBrowser, RPC_URL, snapshot } from "./browser";

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

/** What the indexer does for the app's server and this browser: refuse, or report a block behind the chain. */
type Outage =
  { readonly kind: "down" } | { readonly kind: "behind"; readonly block: bigint; readonly timestamp: bigint };

/** The /status body Ponder would answer at `block`. */
const statusAt = (block: bigint, timestamp: bigint) => ({
  local: { id: 31337, block: { number: Number(block), timestamp: Number(timestamp) } },
});

/**
 * The indexer as the app's server sees it: refuses while `outage` is "down" (the connection is dropped), and
 * answers /status from `outage` while "behind"; everything else goes to the real indexer.
 */
function startIndexerStandIn(outage: () => Outage): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const now = outage();
    if (now.kind === "down") return req.socket.destroy();
    if (new URL(req.url ?? "/", "http://x").pathname === "/status") {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(statusAt(now.block, now.timestamp)));
    }
    fetch(`${INDEXER_URL}${req.url ?? "/"}`).then(
      async (upstream) => {
        res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "" });
        res.end(Buffer.from(await upstream.arrayBuffer()));
      },
      () => req.socket.destroy(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

/** The app server and indexer stand-in this file runs its pages against. */
interface Setup {
  readonly browser: Browser;
  readonly app: Running;
  readonly standInUrl: string;
}

/**
 * Opens `path` with dev account 0. The browser's indexer requests go to the stand-in from the first one on;
 * a connection the stand-in drops is refused here.
 */
async function openWithIndexer({ browser, app, standInUrl }: Setup, path: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => window.localStorage.setItem("dta.devWallet.account", "0"));
  await context.route(`${INDEXER_URL}/**`, async (route: Route) => {
    const { pathname, search } = new URL(route.request().url());
    const response = await route.fetch({ url: `${standInUrl}${pathname}${search}` }).catch(() => undefined);
    await (response ? route.fulfill({ response }) : route.abort("connectionrefused"));
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${app.url}${path}`);
  return { page, context, errors };
}

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
  let setup: Setup;
  let standIn: Server | undefined;
  let outage: Outage = { kind: "down" };
  const opened: Opened[] = [];

  before(async () => {
    const indexer = await startIndexerStandIn(() => outage);
    standIn = indexer.server;
    const app = await startApp("start", await freePort(3075), {
      NEXT_PUBLIC_LOCAL_RPC_URL: RPC_URL,
      NEXT_PUBLIC_INDEXER_URL: INDEXER_URL,
      INDEXER_SERVER_URL: indexer.url,
    });
    setup = { browser: await launchBrowser(), app, standInUrl: indexer.url };
  });
  after(async () => {
    await Promise.all(opened.map((o) => o.context.close()));
    await setup?.browser.close();
    await setup?.app.stop();
    standIn?.close();
  });

  it("dashboard: balances and supply from the chain, My activity says its history is unavailable", async () => {
    const o = await openWithIndexer(setup, "/");
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
    const o = await openWithIndexer(setup, "/tokenomics");
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
    const o = await openWithIndexer(setup, "/swap");
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
    outage = { kind: "behind", block: reached, timestamp: head.timestamp };
    for (const [path, heading] of [
      ["/", "Dashboard"],
      ["/tokenomics", "Tokenomics"],
    ] as const) {
      const o = await openWithIndexer(setup, path);
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
