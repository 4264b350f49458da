/**
 * Tokenomics: a visitor with no wallet sees every chart drawn, the live figures equal the contracts' own values
 * at the block the page says it read, and the allocation drill-down works from the keyboard. Reads only — this
 * file never moves chain time or sends a transaction.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { DONUT_SHAPE, donutArcs, polarPoint } from "../../lib/charts/donut";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { fetchPoolReservations } from "../../lib/indexer/client";
import { RUNWAY_WINDOW_DAYS, describeRunway, poolRunway } from "../../lib/indexer/runway";
import { GENESIS_ALLOCATION, bucketTotal } from "../../lib/tokenomics/allocation";
import { REVENUE_SPLIT } from "../../lib/tokenomics/revenueSplit";
import { toWholeDta } from "../../lib/tokenomics/unlockSchedule";
import { chainClient, figure, launchBrowser, openApp, snapshot } from "./browser";

const deployed = contracts["31337"];
const INDEXER_URL = process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055";
const BUCKET_IDS = GENESIS_ALLOCATION.map((b) => b.id);

/**
 * Where a reader points at a donut's slice: the middle of its arc, halfway between the rings, in page pixels
 * (a slice's box centre can fall in the hole or on a neighbour). `values` are what the chart was drawn from.
 */
async function sliceMiddle(chart: Locator, values: readonly number[], index: number) {
  const arc = donutArcs(values).find((a) => a.index === index);
  assert.ok(arc, `slice ${index} is drawn`);
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.locator("svg").boundingBox();
  assert.ok(box, "the donut is on screen");
  const half = DONUT_SHAPE.size / 2;
  const radius = (half * (DONUT_SHAPE.inner + DONUT_SHAPE.outer)) / 2;
  const [x, y] = polarPoint(half, radius, (arc.startAngle + arc.endAngle) / 2);
  // The viewBox is fitted into the box and centred ("meet").
  const scale = Math.min(box.width, box.height) / DONUT_SHAPE.size;
  return {
    x: box.x + (box.width - DONUT_SHAPE.size * scale) / 2 + x * scale,
    y: box.y + (box.height - DONUT_SHAPE.size * scale) / 2 + y * scale,
  };
}

describe("tokenomics", () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser();
    page = await openApp(browser, "/tokenomics");
  });
  after(async () => browser?.close());

  it("server-renders the genesis table and unlock schedule before any script runs", async () => {
    const html = await (await fetch(page.url())).text();
    for (const text of ["Genesis allocation", "Strategic partnerships", "110,000,000", "Unlock schedule"]) {
      assert.ok(html.includes(text), `SSR HTML lacks "${text}"`);
    }
    assert.ok(
      html.includes('data-value="9500000000000"'),
      "month-12 circulating supply (950M DTA) in the table",
    );
    // Both donuts are drawn in the HTML (plain SVG, no chart library to load): the 7 buckets, then the 4 shares.
    const slices = [...html.matchAll(/<path [^>]*data-slice="([^"]+)"[^>]*>/g)].map((m) => ({
      id: m[1],
      d: / d="([^"]*)"/.exec(m[0])?.[1] ?? "",
    }));
    assert.deepEqual(
      slices.map((slice) => slice.id),
      [...BUCKET_IDS, ...REVENUE_SPLIT.map((share) => share.id)],
    );
    for (const slice of slices)
      assert.match(slice.d, /^M[\d.]+ [\d.]+A.+Z$/, `slice ${slice.id} has an outline`);
  });

  it("draws every chart with real numbers", async () => {
    await figure(page, "total-supply");
    // Charts load as they come near the viewport: scroll the page through, a screen at a time, as a reader would.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      window.scrollTo(0, 0);
    });
    // Allocation and revenue donuts (SVG), unlock area, pools bars, staked-by-tier bars, supply history
    // (recharts) — each drawn, not just mounted.
    const drawn = {
      "[data-testid=donut-chart] svg": 2,
      "[data-testid=donut-chart] path[data-slice]": 7 + 4,
      "svg.recharts-surface": 4,
      ".recharts-area": 7,
      ".recharts-bar-rectangle": 6,
      // Supply vs burned, from the indexer: two lines.
      "[data-testid=supply-history] .recharts-line": 2,
      // Each pool's runway, from the chain's balances and the indexer's reservations.
      "[data-testid=pool-runway] td[data-runway]:not([data-runway=loading])": 6,
    };
    await page.waitForFunction(
      (minimums) => Object.entries(minimums).every(([css, n]) => document.querySelectorAll(css).length >= n),
      drawn,
    );
    assert.equal(await page.getByRole("status", { name: /^Loading/ }).count(), 0, "no skeleton left");
    const donuts = page.getByTestId("donut-chart");
    assert.equal(await donuts.count(), 2);
    assert.equal(await donuts.nth(0).locator("path[data-slice]").count(), 7);
    assert.equal(await donuts.nth(1).locator("path[data-slice]").count(), 4);
    assert.match(
      await page.getByTestId("burn-rate").innerText(),
      /annualised [\d.]+% of supply a year, (below|within|above) the 5\.00%–10\.00% yearly reduction target/,
    );
    await snapshot(page, "tokenomics-desktop");
  });

  it("shows the contracts' values at the block it says it read", async () => {
    const blockNumber = await figure(page, "tokenomics-block");
    const read = <const T>(call: T) => ({ ...call, blockNumber });
    const { DTAToken: token, DTAStaking: staking, BiveSwap: swap } = deployed;
    const expected: Record<string, bigint> = {
      "total-supply": await chainClient.readContract(
        read({ address: token.address, abi: token.abi, functionName: "totalSupply" }),
      ),
      "total-burned": await chainClient.readContract(
        read({ address: token.address, abi: token.abi, functionName: "totalBurned" }),
      ),
      "total-staked": await chainClient.readContract(
        read({ address: staking.address, abi: staking.abi, functionName: "totalStaked" }),
      ),
      "staking-pool-remaining": await chainClient.readContract(
        read({ address: staking.address, abi: staking.abi, functionName: "poolAvailable" }),
      ),
      "swap-pool-remaining": await chainClient.readContract(
        read({ address: swap.address, abi: swap.abi, functionName: "swapPoolRemaining" }),
      ),
      "bonus-pool-remaining": await chainClient.readContract(
        read({ address: swap.address, abi: swap.abi, functionName: "bonusPoolRemaining" }),
      ),
    };
    for (const [testId, value] of Object.entries(expected)) {
      assert.equal(await figure(page, testId), value, testId);
    }
    assert.equal(expected["total-supply"]! + expected["total-burned"]!, 1_000_000_000n * 10_000n);
  });

  it("shows each pool's runway at the last 30 days' pace, the data pool's included", async () => {
    const table = page.getByTestId("pool-runway");
    const row = (pool: string) => table.locator(`tr[data-pool=${pool}]`);
    // Every paying pool's runway is what lib/indexer/runway.ts makes of the chain's balance and the
    // indexer's reservations (this file sends no transaction, so both stand still while it reads them).
    const payers = [
      ["staking", deployed.DTAStaking],
      ["twinIncentives", deployed.TwinRegistry],
      // The AI provider pool's pace is the bonuses the marketplace reserved (the seed's qualifying services).
      ["aiProvider", deployed.AIMarketplace],
      // The data pool's pace is the rewards scores reserved (the seed's scored contributions).
      ["dataRewards", deployed.DataContributions],
    ] as const;
    const block = await chainClient.getBlock();
    const today = Number(block.timestamp / 86_400n);
    const reservations = await fetchPoolReservations(today - RUNWAY_WINDOW_DAYS + 1, {
      baseUrl: INDEXER_URL,
    });
    for (const [pool, payer] of payers) {
      const available = await chainClient.readContract({
        address: payer.address,
        abi: payer.abi,
        functionName: "poolAvailable",
        blockNumber: block.number,
      });
      const expected = poolRunway(
        available,
        reservations.days.filter((d) => d.pool === pool),
        today,
        reservations.genesisDay,
      );
      const cell = row(pool).locator("td[data-runway]");
      assert.equal(await cell.getAttribute("data-runway"), expected.kind, pool);
      assert.equal(
        BigInt((await row(pool).locator("[data-value]").getAttribute("data-value")) ?? ""),
        available,
      );
      assert.ok(
        (await cell.innerText()).startsWith(describeRunway(expected, block.timestamp).headline),
        `${pool}'s runway headline`,
      );
    }
    // The seed's twin syncs reserve from the twin pool: it has a pace, not "no reservations".
    assert.equal(await row("twinIncentives").locator("td[data-runway]").getAttribute("data-runway"), "days");
    assert.equal(await row("dataRewards").locator("td[data-runway]").getAttribute("data-runway"), "days");
  });

  it("shows the revenue split RevenueDistributor enforces", async () => {
    const revenue = deployed.RevenueDistributor;
    const constants = ["STAKING_BPS", "DEVELOPMENT_BPS", "ECOSYSTEM_BPS", "BURN_BPS"] as const;
    const onChain = await Promise.all(
      constants.map((functionName) =>
        chainClient.readContract({ address: revenue.address, abi: revenue.abi, functionName }),
      ),
    );
    const shown = await page
      .locator("[data-testid=revenue-split-table] td[data-bps]")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-bps")));
    assert.deepEqual(shown, onChain.map(String));
    const distributed = await chainClient.readContract({
      address: revenue.address,
      abi: revenue.abi,
      functionName: "totalDistributed",
    });
    assert.equal(await figure(page, "total-distributed"), distributed);
    // The split so far is the indexer's sum of every RevenueDistributed event, burned included.
    assert.equal(await page.getByTestId("revenue-distributed").getAttribute("data-source"), "indexer");
    if (distributed > 0n) {
      let sum = 0n;
      for (const id of ["staking", "development", "ecosystem", "burn"])
        sum += await figure(page, `distributed-${id}`);
      assert.equal(sum, distributed, "the shares add up to what was distributed");
    }
  });

  it("drills into a bucket and back with the keyboard", async () => {
    const list = page.getByTestId("allocation-list");
    await list.locator("[data-bucket=ecosystem]").focus();
    await page.keyboard.press("Enter");
    await list.getByText("Staking rewards pool").waitFor();
    assert.ok(await list.getByText("120,000,000 DTA").isVisible());
    assert.equal(await list.locator("[data-bucket]").count(), 0);
    const back = page.getByRole("button", { name: "Back to all buckets" });
    assert.ok(await back.evaluate((el) => el === document.activeElement), "focus moves to Back");
    await snapshot(page, "tokenomics-drilldown");
    await page.keyboard.press("Enter");
    await list.locator("[data-bucket]").first().waitFor();
    assert.equal(await list.locator("[data-bucket]").count(), 7);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-bucket")), "ecosystem");
    // Tab order: the next bucket's button, then Space opens it too.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await list.getByText("Strategic partnerships").waitFor();
    await back.click();
  });

  it("names a donut slice on hover and drills down on a slice click as well", async () => {
    const donut = page.getByTestId("donut-chart").first();
    const values = GENESIS_ALLOCATION.map((bucket) => toWholeDta(bucketTotal(bucket)));
    const centre = donut.getByTestId("donut-center");
    assert.equal(await centre.innerText(), "Genesis supply\n1B DTA");
    const first = await sliceMiddle(donut, values, 0);
    await page.mouse.move(first.x, first.y);
    await centre.getByText("Ecosystem rewards").waitFor();
    assert.equal(await centre.innerText(), "Ecosystem rewards\n300,000,000 DTA");
    assert.equal(
      await donut.locator("path[data-slice=team] > title").textContent(),
      "Team & advisors: 100,000,000 DTA",
    );
    // Slice 4 is Team & advisors.
    const team = await sliceMiddle(donut, values, 4);
    await page.mouse.click(team.x, team.y);
    await page.getByTestId("allocation-list").getByText("Core team", { exact: true }).waitFor();
    assert.equal(await donut.locator("path[data-slice]").count(), 3);
    await page.getByRole("button", { name: "Back to all buckets" }).click();
  });

  it("refreshes on demand and keeps the figures", async () => {
    const blockBefore = await figure(page, "tokenomics-block");
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("button", { name: "Refresh" }).waitFor();
    assert.ok((await figure(page, "tokenomics-block")) >= blockBefore);
  });

  it("fits a 375px phone without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(300);
    // Wide tables scroll inside their own container; nothing else in the page's content may stick out.
    const sticking = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main *"))
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .filter((el) => !el.closest(".overflow-x-auto, .overflow-auto"))
        .map((el) => `${el.tagName}.${el.getAttribute("class") ?? ""}`),
    );
    assert.deepEqual(sticking, []);
    await snapshot(page, "tokenomics-mobile");
  });
});
