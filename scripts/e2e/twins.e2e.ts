/**
 * Digital twins in the browser with the dev wallet: registering through the stepper (permit + one
 * registerWithPermit), every bad input stopping with its message and sending nothing, buying simulation hours
 * from another account with the split shown first, completing as the owner, the staking wizard's +20% twin
 * bonus, the quality history's step line (in the server's HTML and in the live view), then — at the end, the
 * file's only time travel (7 days 1 hour) — reclaiming an expired job and claiming rewards. Accounts 9 (owner) and 8 (buyer) hold no DTA of their own (an earlier file may have sent some) and are
 * funded from account 0, whose balance no later file asserts.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { parseEventLogs, type Address } from "viem";
import {
  advanceTime,
  BASE_URL,
  chainClient,
  confirmInWallet,
  connectDevWallet,
  devAccounts,
  dtaBalance,
  figure,
  launchBrowser,
  openAppAtWidth,
  openConnected,
  sendsNothing,
  snapshot,
  transferDta,
} from "./browser";
import { amountField, confirmed, DAY, nextButton } from "./stakingHelpers";
import contracts from "../../lib/contracts/generated/deployedContracts";
import { formatDta } from "../../lib/format";
import { fetchTwin } from "../../lib/indexer/twins";
import { dta, indexerCaughtUp, jobOf, jobRow, registry, twinOf } from "./twinsHelpers";

const OWNER = 9;
const BUYER = 8;
const INDEXER_URL = process.env.E2E_INDEXER_URL ?? "http://127.0.0.1:42055";

/** The corners of a step-after path ("M x y" then "H x V y" per point), or undefined if it is not one. */
function stepVertices(d: string): number | undefined {
  return /^M[\d.]+ [\d.]+(H[\d.]+V[\d.]+)*$/.test(d) ? 1 + (d.match(/H/g)?.length ?? 0) : undefined;
}

describe("digital twins", () => {
  let browser: Browser;
  let accounts: Address[];
  let twinId: bigint;
  let expiringJob: bigint;

  before(async () => {
    browser = await launchBrowser();
    accounts = await devAccounts();
  });
  after(async () => browser?.close());

  const open = (path: string, account: number) => openConnected(browser, path, account);

  it("registration stops at a short balance, then at every bad detail, and registers with one permit", async () => {
    const owner = accounts[OWNER]!;
    // Account 9 holds no DTA of its own; an earlier file may have sent it some, but never a bond's worth.
    const start = await dtaBalance(owner);
    assert.ok(start < dta("10000"), "the owner starts short of the bond");
    let page = await open("/twins/register", OWNER);
    await sendsNothing(page, OWNER, async () => {
      await page
        .getByTestId("balance-short")
        .getByText(`${formatDta(dta("10000") - start)} DTA short`)
        .waitFor();
      await page.getByRole("link", { name: "swap legacy BIVE for DTA" }).waitFor();
      await nextButton(page).press("Enter");
      assert.equal(await page.getByTestId("wizard-step").innerText(), "Step 1 of 4: Balance");
    });
    await snapshot(page, "twins-register-short");
    await page.context().close();

    await transferDta(accounts[0]!, owner, dta("10500") - start);
    page = await open("/twins/register", OWNER);
    await page.locator("[data-testid=register-balance][data-value='105000000']").waitFor();
    await nextButton(page).click();
    await page.getByTestId("wizard-step").getByText("Step 2 of 4: Twin").waitFor();
    const category = page.getByLabel(/^Category/);
    const uri = page.getByLabel(/^Metadata URI/);
    const bad: readonly (readonly [string, string, RegExp])[] = [
      ["", "ipfs://bafytwin", /Enter a category/],
      ["x".repeat(33), "ipfs://bafytwin", /33 bytes long; the most is 32/],
      ["Wind farms", "", /Enter the metadata URI/],
      ["Wind farms", "not a uri", /no spaces/],
      ["Wind farms", "twin.json", /not a valid URI/],
      ["Wind farms", `ipfs://${"a".repeat(250)}`, /257 bytes long; the most is 256/],
    ];
    for (const [categoryText, uriText, message] of bad) {
      await sendsNothing(page, OWNER, async () => {
        await category.fill(categoryText);
        await uri.fill(uriText);
        await nextButton(page).press("Enter");
        await page.getByRole("alert").getByText(message).waitFor();
        assert.equal(await page.getByTestId("wizard-step").innerText(), "Step 2 of 4: Twin");
      });
    }
    await page.getByLabel("Type").selectOption({ label: "Energy" });
    await category.fill("Wind farms");
    await uri.fill("ipfs://bafy-browser-test-twin");
    await nextButton(page).click();
    const review = page.getByTestId("bond-review");
    await review.getByText(/exactly 10,000 DTA moves from your wallet/).waitFor();
    assert.match(await review.innerText(), /7 days/);
    assert.match(await review.innerText(), /at most 10% of the bond/);
    await snapshot(page, "twins-register-review");
    await nextButton(page).click();
    await page
      .getByTestId("register-signing")
      .getByText(/registerWithPermit/)
      .waitFor();
    await page.getByRole("button", { name: "Sign permit and register" }).click();
    await confirmInWallet(page); // the permit (no gas)
    await confirmInWallet(page); // registerWithPermit
    const done = page.getByTestId("registered-twin");
    await done.waitFor();
    twinId = BigInt((await done.getAttribute("data-twin-id")) ?? "");
    const twin = await twinOf(twinId);
    assert.equal(
      await chainClient.readContract({ ...registry, functionName: "ownerOf", args: [twinId] }),
      owner,
    );
    assert.equal(twin.bond, dta("10000"));
    assert.equal(twin.typeId, 1);
    assert.equal(await dtaBalance(owner), dta("500"), "exactly the bond was locked");
    await page.getByRole("link", { name: `open twin #${twinId}` }).click();
    await page.getByTestId("twin-detail").waitFor();
    await page.context().close();
  });

  it("the owner's bad rate, device key and data hash stop with their messages; a sync starts earning", async () => {
    const page = await open(`/twins/${twinId}`, OWNER);
    const rate = page.getByLabel("New rate (DTA per hour)");
    for (const [input, message] of [
      ["100.0001", /between 0.01 and 100 DTA per hour/],
      ["0.001", /between 0.01 and 100 DTA per hour/],
      ["abc", /Use digits/],
    ] as const) {
      await sendsNothing(page, OWNER, async () => {
        await rate.fill(input);
        await page.getByRole("button", { name: "Set rate" }).click();
        await page.getByRole("alert").getByText(message).first().waitFor();
      });
    }
    const device = page.getByLabel("Authorise a device key");
    await sendsNothing(page, OWNER, async () => {
      await device.fill("0x0000000000000000000000000000000000000000");
      await page.getByRole("button", { name: "Authorise" }).click();
      await page
        .getByRole("alert")
        .getByText(/zero address can't be a device key/)
        .waitFor();
    });
    const hash = page.getByLabel(/^Data hash/);
    await sendsNothing(page, OWNER, async () => {
      await hash.fill("0x1234");
      await page.getByRole("button", { name: "Record sync" }).click();
      await page
        .getByRole("alert")
        .getByText(/must be 0x followed by 64 hex digits/)
        .waitFor();
    });
    await page.getByRole("button", { name: "Fill a sample hash" }).click();
    await page.getByRole("button", { name: "Record sync" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Record a data sync/);
    await page.locator("[data-testid=sync-status][data-kind=earning]").waitFor();
    assert.match(
      await page.getByTestId("sync-status").innerText(),
      /\+20% quality bonus until .* stops in (7 days|6 days 23 hours)/,
    );
    await page.context().close();
  });

  it("another account's bad hours send nothing; 3 hours are bought with the split shown first", async () => {
    await transferDta(accounts[0]!, accounts[BUYER]!, dta("100"));
    const page = await open(`/twins/${twinId}`, BUYER);
    const hours = page.getByLabel(/^Hours/);
    for (const [input, message] of [
      ["0", /Buy at least 1 hour/],
      ["1.5", /Hours are whole numbers/],
      ["1,001", /Leave out thousands separators/],
      ["1001", /at most 1000 hours/],
    ] as const) {
      await sendsNothing(page, BUYER, async () => {
        await hours.fill(input);
        await page.getByRole("button", { name: /^Buy/ }).click();
        await page.getByTestId("buy-error").getByText(message).waitFor();
      });
    }
    await hours.fill("3");
    const rate = (await twinOf(twinId)).ratePerHour;
    assert.equal(await figure(page, "buy-cost"), 3n * rate);
    const burned = (3n * rate * 200n) / 10_000n;
    const platform = ((3n * rate - burned) * 1_000n) / 10_000n;
    assert.equal(await figure(page, "split-burn"), burned);
    assert.equal(await figure(page, "split-platform"), platform);
    assert.equal(await figure(page, "split-owner"), 3n * rate - burned - platform);
    await snapshot(page, "twins-buy-split");
    const before = await dtaBalance(accounts[BUYER]!);
    await page.getByRole("button", { name: "Buy 3 hours" }).click();
    await confirmInWallet(page);
    await confirmInWallet(page);
    await page.getByTestId("bought-job").waitFor();
    assert.equal(await dtaBalance(accounts[BUYER]!), before - 3n * rate);
    const jobId = BigInt(/#(\d+)/.exec(await page.getByTestId("bought-job").innerText())![1]!);
    const job = await jobOf(jobId);
    assert.deepEqual(
      [job.buyer, job.hoursBought, job.amount, job.status],
      [accounts[BUYER], 3, 3n * rate, 1],
    );
    await indexerCaughtUp();
    await jobRow(page, jobId, "open");

    // A second, 1-hour job: left open to expire and be reclaimed at the end.
    await hours.fill("1");
    await page.getByRole("button", { name: "Buy 1 hour", exact: true }).click();
    await confirmInWallet(page); // a new permit: the first one was used up
    await confirmInWallet(page);
    await page
      .getByTestId("bought-job")
      .getByText(`#${jobId + 1n}`)
      .waitFor();
    expiringJob = jobId + 1n;
    await page.context().close();
  });

  it("the owner completes the 3-hour job (a malformed result hash sends nothing) and is paid its share", async () => {
    const page = await open(`/twins/${twinId}`, OWNER);
    await indexerCaughtUp();
    const jobId = expiringJob - 1n;
    const row = await jobRow(page, jobId, "open");
    await row.getByRole("button", { name: "Complete" }).click();
    await sendsNothing(page, OWNER, async () => {
      await row.getByLabel(/Result hash/).fill("0xabc");
      await row.getByRole("button", { name: "Submit result" }).click();
      await row
        .getByRole("alert")
        .getByText(/must be 0x followed by 64 hex digits/)
        .waitFor();
    });
    await row.getByRole("button", { name: "Sample" }).click();
    const before = await dtaBalance(accounts[OWNER]!);
    await row.getByRole("button", { name: "Submit result" }).click();
    await confirmInWallet(page);
    await confirmed(page, new RegExp(`Complete simulation job #${jobId}`));
    const paid = (await jobOf(jobId)).amount;
    const burned = (paid * 200n) / 10_000n;
    const toOwner = paid - burned - ((paid - burned) * 1_000n) / 10_000n;
    assert.equal(await dtaBalance(accounts[OWNER]!), before + toOwner);
    await indexerCaughtUp();
    await jobRow(page, jobId, "completed");
    await page.locator("[data-testid=twin-earnings]").getByText(/\d/).waitFor();
    await snapshot(page, "twins-detail-owner");
    await page.context().close();
  });

  it("the staking wizard shows the +20% twin bonus for the owner", async () => {
    // The wizard shows the bonuses at its lock step, past the 1,000 DTA minimum.
    await transferDta(accounts[0]!, accounts[OWNER]!, dta("1000"));
    const [eligible] = await chainClient.readContract({
      ...contracts["31337"].DTAStaking,
      functionName: "bonusesOf",
      args: [accounts[OWNER]!],
    });
    assert.equal(eligible[0], true, "staking counts the twin bonus on chain");
    const page = await open("/stake", OWNER);
    await amountField(page).fill("1000");
    await nextButton(page).click();
    await page.getByTestId("wizard-step").getByText("Step 2 of 4: Lock period").waitFor();
    await snapshot(page, "twins-stake-bonus");
    await page
      .getByTestId("bonus-list")
      .getByText(/Applies: you own an active digital twin/)
      .waitFor();
    await page.context().close();
  });

  it("lists the twin with filters, and shows the owner's twins on the dashboard", async () => {
    await indexerCaughtUp();
    const page = await open("/twins?type=1", OWNER);
    await page.locator(`[data-twin-id="${twinId}"]`).waitFor();
    await page.getByLabel("My twins").click();
    await page.waitForURL(/owner=/);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=twins-table-row]").length === 1);
    await snapshot(page, "twins-list-mine");
    await page.goto(new URL("/", page.url()).toString());
    await page.getByTestId("my-twins").getByText(`#${twinId} Wind farms`).waitFor();
    await page.context().close();
  });

  it("looks right at desktop and phone width", async () => {
    for (const width of [1280, 375]) {
      for (const [path, name] of [
        ["/twins", "twins-list"],
        [`/twins/${twinId}`, "twin-detail"],
        ["/twins/register", "twins-register"],
      ] as const) {
        const page = await openAppAtWidth(browser, path, width, OWNER);
        await connectDevWallet(page);
        if (path === "/twins") await page.locator("[data-testid=twins-table-row]").first().waitFor();
        if (path.startsWith("/twins/") && path !== "/twins/register") {
          await page.getByTestId("twin-detail").waitFor();
          // The owner's tools, with the device key's full address, are the widest part of the page.
          await page.getByTestId("device-key").waitFor();
        }
        if (path === "/twins/register") await page.getByTestId("wizard-step").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        assert.equal(overflow, false, `${path} fits ${width} px without horizontal scroll`);
        await snapshot(page, `${name}-${width}`);
        await page.context().close();
      }
    }
  });

  it("draws the quality history as a step line: in the server's HTML, and one dot per score in the live view", async () => {
    await indexerCaughtUp();
    // No script run: twin #1's line, each score held to the next and the last to the chain's time.
    const first = await fetchTwin(1n, { baseUrl: INDEXER_URL });
    assert.ok(first && first.quality.length > 0, "the indexer has twin #1's scores");
    const html = await (await fetch(new URL("/twins/1", BASE_URL))).text();
    const line = /<path [^>]*data-testid="quality-line"[^>]*>/.exec(html)?.[0] ?? "";
    assert.equal(stepVertices(/ d="([^"]*)"/.exec(line)?.[1] ?? ""), first.quality.length + 1, line);
    assert.equal(html.match(/data-quality-dot=/g)?.length, first.quality.length);

    // A seeded twin the oracle scored after registration, in the live view (a wallet connected).
    const scored = await fetchTwin(2n, { baseUrl: INDEXER_URL });
    assert.ok(scored && scored.quality.length >= 2, "twin #2 has more than one score");
    const page = await open("/twins/2", OWNER);
    await page.getByTestId("twin-detail").waitFor();
    const chart = page.getByTestId("quality-chart");
    const dots = chart.locator("[data-quality-dot]");
    // The live view holds the last score to the chain's time once it has read it: one more corner than scores.
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll("[data-testid=quality-chart] [data-quality-dot]").length === n &&
        document.querySelector("[data-testid=quality-line]")?.getAttribute("d")?.split("H").length === n + 1,
      scored.quality.length,
    );
    assert.deepEqual(
      await dots.evaluateAll((gs) => gs.map((g) => Number(g.getAttribute("data-quality-dot")))),
      scored.quality.map((p) => p.score),
    );
    assert.equal(
      stepVertices((await chart.getByTestId("quality-line").getAttribute("d")) ?? ""),
      scored.quality.length + 1,
    );
    const last = scored.quality.at(-1)!;
    assert.equal(
      await dots.last().locator("title").textContent(),
      `${new Date(Number(last.timestamp) * 1000).toISOString().slice(0, 16).replace("T", " ")}: quality ${last.score}`,
    );
    await page.context().close();
  });

  // Time travel from here on (7 days 1 hour, the file's only one).
  it("after the deadline the buyer reclaims the expired job, and the owner claims the rewards earned", async () => {
    await advanceTime(7 * DAY + 3_600);
    const buyerPage = await open(`/twins/${twinId}`, BUYER);
    await indexerCaughtUp();
    const row = await jobRow(buyerPage, expiringJob, "open");
    const buyerBefore = await dtaBalance(accounts[BUYER]!);
    const amount = (await jobOf(expiringJob)).amount;
    await row.getByRole("button", { name: "Reclaim payment" }).click();
    await confirmInWallet(buyerPage);
    await confirmed(buyerPage, /Reclaim the payment/);
    assert.equal(await dtaBalance(accounts[BUYER]!), buyerBefore + amount);
    await indexerCaughtUp();
    await jobRow(buyerPage, expiringJob, "reclaimed");
    await buyerPage.context().close();

    const page = await open(`/twins/${twinId}`, OWNER);
    const pending = await figure(page, "twin-pending");
    assert.ok(pending > 0n, "a week of syncing earned rewards");
    const before = await dtaBalance(accounts[OWNER]!);
    await page.getByRole("button", { name: "Claim rewards" }).click();
    await confirmInWallet(page);
    await confirmed(page, /Claim twin/);
    const receipt = await chainClient.getBlock({ blockTag: "latest", includeTransactions: true });
    const tx = receipt.transactions.at(-1)!;
    const logs = (await chainClient.getTransactionReceipt({ hash: tx.hash })).logs;
    const [claimed] = parseEventLogs({ abi: registry.abi, logs, eventName: "RewardsClaimed" });
    assert.ok(claimed && claimed.args.amount > 0n);
    assert.equal(await dtaBalance(accounts[OWNER]!), before + claimed.args.amount);
    assert.match(await page.getByTestId("sync-status").innerText(), /Earning stopped/);
    await page.context().close();
  });
});
